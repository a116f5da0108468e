package org.doorman.cli.server;

import java.time.Instant;
import java.util.List;
import org.doorman.lock.door.DoorEvents;
import org.doorman.lock.state.DoorStatus;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryEntry;
import org.doorman.sip.message.OperatorMessenger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Door Sensor Enable (VTO manual 4.3.1, "synchronize door sensor status to indoor monitors"): each
 * change of a door's state goes as a SIP MESSAGE to the indoor monitors, as the door station acting
 * as SIP server sends it to the VTHs registered to it. Changes before SIP is up are not sent.
 */
final class DoorStateToMonitors implements DoorEvents {
    private static final Logger log = LoggerFactory.getLogger(DoorStateToMonitors.class);
    private final Directory directory;
    private volatile OperatorMessenger messenger;

    DoorStateToMonitors(Directory directory) {
        this.directory = directory;
    }

    void sendWith(OperatorMessenger messenger) {
        this.messenger = messenger;
    }

    @Override
    public void doorChanged(String vtoNumber, DoorStatus status, Instant at) {
        OperatorMessenger m = messenger;
        List<String> monitors = directory.list(DeviceKind.VTH).stream().map(DirectoryEntry::number).toList();
        if (m == null || monitors.isEmpty()) {
            return;
        }
        m.send(monitors, "Door " + vtoNumber + ": " + status + " at " + at).exceptionally(e -> {
            log.warn("door {} {} could not be sent to the monitors: {}", vtoNumber, status, e.toString());
            return List.of();
        });
    }
}
