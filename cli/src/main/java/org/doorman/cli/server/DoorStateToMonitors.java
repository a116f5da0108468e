package org.doorman.cli.server;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.doorman.lock.door.DoorEvents;
import org.doorman.lock.state.DoorStatus;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceNumber;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryEntry;
import org.doorman.sip.message.OperatorMessenger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Door Sensor Enable (VTO manual 4.3.1, "synchronize door sensor status to indoor monitors"): each
 * change of a door's state goes as a SIP MESSAGE to the indoor monitors of the rooms the door station
 * serves (doors.N.rooms: a unit's door station its unit's rooms, a villa's its one room; none listed:
 * every room), main monitor and extensions. Changes before SIP is up are not sent.
 */
final class DoorStateToMonitors implements DoorEvents {
    private static final Logger log = LoggerFactory.getLogger(DoorStateToMonitors.class);
    private final Directory directory;
    private final Function<String, List<String>> roomsOf;
    private volatile OperatorMessenger messenger;

    /** @param roomsOf a door station's doors.N.rooms */
    DoorStateToMonitors(Directory directory, Function<String, List<String>> roomsOf) {
        this.directory = directory;
        this.roomsOf = roomsOf;
    }

    void sendWith(OperatorMessenger messenger) {
        this.messenger = messenger;
    }

    @Override
    public void doorChanged(String vtoNumber, DoorStatus status, Instant at) {
        OperatorMessenger m = messenger;
        List<String> monitors = monitorsOf(directory.list(DeviceKind.VTH).stream().map(DirectoryEntry::number).toList(),
                roomsOf.apply(vtoNumber));
        if (m == null || monitors.isEmpty()) {
            return;
        }
        m.send(monitors, "Door " + vtoNumber + ": " + status + " at " + at).exceptionally(e -> {
            log.warn("door {} {} could not be sent to the monitors: {}", vtoNumber, status, e.toString());
            return List.of();
        });
    }

    /** The monitors (main "9901" and extensions "9901#1") of these rooms; every monitor when no room is named. */
    static List<String> monitorsOf(List<String> monitors, List<String> rooms) {
        if (rooms.isEmpty()) {
            return monitors;
        }
        return monitors.stream()
                .filter(m -> rooms.contains(m) || DeviceNumber.roomOf(m).filter(rooms::contains).isPresent())
                .toList();
    }
}
