package org.doorman.lock.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.doorman.lock.door.AlarmSink;

/** Keeps the alarms raised, as "device kind: detail". */
public final class RecordingAlarms implements AlarmSink {
    private final List<String> alarms = new ArrayList<>();

    @Override
    public synchronized void record(String device, String kind, String detail) {
        alarms.add(device + " " + kind + ": " + detail);
        notifyAll();
    }

    /** Waits until an alarm of this kind has been raised, or the timeout passes; whether it was. */
    public synchronized boolean await(String kind, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(kind) == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    public synchronized List<String> all() {
        return List.copyOf(alarms);
    }

    public synchronized long count(String kind) {
        return alarms.stream().filter(a -> a.contains(" " + kind + ":")).count();
    }
}
