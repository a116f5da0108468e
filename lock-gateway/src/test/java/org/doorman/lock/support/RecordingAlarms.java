package org.doorman.lock.support;

import java.util.ArrayList;
import java.util.List;
import org.doorman.lock.door.AlarmSink;

/** Keeps the alarms raised, as "device kind: detail". */
public final class RecordingAlarms implements AlarmSink {
    private final List<String> alarms = new ArrayList<>();

    @Override
    public synchronized void record(String device, String kind, String detail) {
        alarms.add(device + " " + kind + ": " + detail);
    }

    public synchronized List<String> all() {
        return List.copyOf(alarms);
    }

    public synchronized long count(String kind) {
        return alarms.stream().filter(a -> a.contains(" " + kind + ":")).count();
    }
}
