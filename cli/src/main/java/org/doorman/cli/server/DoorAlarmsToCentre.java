package org.doorman.cli.server;

import java.util.List;
import org.doorman.lock.door.AlarmSink;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryEntry;
import org.doorman.sip.alarms.AlarmLog;
import org.doorman.sip.message.OperatorMessenger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Door alarms (open too long, forced, lock and sensor faults): into the alarm log, and as a SIP MESSAGE to
 * every management centre (VTS), as the VTO manual's Door Sensor Check Duration asks. Alarms raised
 * before SIP is up are only logged.
 */
final class DoorAlarmsToCentre implements AlarmSink {
    private static final Logger log = LoggerFactory.getLogger(DoorAlarmsToCentre.class);
    private final AlarmLog alarmLog;
    private final Directory directory;
    private volatile OperatorMessenger messenger;

    DoorAlarmsToCentre(AlarmLog alarmLog, Directory directory) {
        this.alarmLog = alarmLog;
        this.directory = directory;
    }

    void sendWith(OperatorMessenger messenger) {
        this.messenger = messenger;
    }

    @Override
    public void record(String device, String kind, String detail) {
        alarmLog.record(device, kind, detail);
        OperatorMessenger m = messenger;
        List<String> centres = directory.list(DeviceKind.VTS).stream().map(DirectoryEntry::number).toList();
        if (m == null || centres.isEmpty()) {
            return;
        }
        m.send(centres, "Alarm " + kind + " at door station " + device + ": " + detail).exceptionally(e -> {
            log.warn("alarm {} of {} could not be sent to the centre: {}", kind, device, e.toString());
            return List.of();
        });
    }
}
