package org.doorman.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which indoor monitors hear a door station's door state: those of the rooms it serves. */
class DoorStateToMonitorsTest {
    private static final List<String> MONITORS = List.of("101", "9901", "9901#1", "9901#2", "99011", "9902", "9902#1");

    @Test
    void noRoomsNamedMeansEveryMonitor() {
        assertEquals(MONITORS, DoorStateToMonitors.monitorsOf(MONITORS, List.of()));
    }

    @Test
    void aRoomsMainMonitorAndItsExtensionsHearItButNoOtherRoom() {
        assertEquals(List.of("9901", "9901#1", "9901#2"), DoorStateToMonitors.monitorsOf(MONITORS, List.of("9901")));
    }

    @Test
    void severalRoomsOfAUnit() {
        assertEquals(List.of("101", "9902", "9902#1"), DoorStateToMonitors.monitorsOf(MONITORS, List.of("9902", "101")));
    }

    @Test
    void aRoomWithNoMonitorRegisteredInTheDirectoryHearsNothing() {
        assertEquals(List.of(), DoorStateToMonitors.monitorsOf(MONITORS, List.of("7777")));
    }
}
