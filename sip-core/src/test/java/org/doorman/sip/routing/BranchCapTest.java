package org.doorman.sip.routing;

import static org.doorman.sip.routing.Routes.NOON_UTC;
import static org.doorman.sip.routing.Routes.assertRings;
import static org.doorman.sip.routing.Routes.router;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.doorman.sip.routing.RouteDecision.Ring;
import org.junit.jupiter.api.Test;

/** sip.max-branches: the first N devices in order ring, the rest are named in the decision, never dropped silently. */
class BranchCapTest {
    private final TestDirectory building = new TestDirectory()
            .room("9901", "9901#1", "9901#2", "9901#3", "9901#4", "9901#5", "9901#6", "9901#7", "9901#8", "9901#9")
            .vto("8001").vts("1", "2", "3");

    @Test
    void fullRoomFitsTheDefaultCap() {
        Ring ring = assertRings(router(building).route("8001", "9901", NOON_UTC), CallKind.ROOM, "9901", "9901#1",
                "9901#2", "9901#3", "9901#4", "9901#5", "9901#6", "9901#7", "9901#8", "9901#9");
        assertFalse(ring.capped());
        assertEquals(List.of(), ring.omitted());
    }

    @Test
    void overTheCapTheFirstDevicesRingAndTheRestAreNamed() {
        Ring ring = assertRings(router(building, "sip.max-branches=3").route("8001", "9901", NOON_UTC),
                CallKind.ROOM, "9901", "9901#1", "9901#2");
        assertTrue(ring.capped());
        assertEquals(List.of("9901#3", "9901#4", "9901#5", "9901#6", "9901#7", "9901#8", "9901#9"), ring.omitted());
    }

    @Test
    void capOfOneKeepsTheMainMonitor() {
        Ring ring = assertRings(router(building, "sip.max-branches=1").route("8001", "9901", NOON_UTC),
                CallKind.ROOM, "9901");
        assertEquals(9, ring.omitted().size());
    }

    @Test
    void exactlyAtTheCapNothingIsOmitted() {
        Ring ring = assertRings(router(building, "sip.max-branches=3").route("8001", "888888", NOON_UTC),
                CallKind.CENTRE, "1", "2", "3");
        assertFalse(ring.capped());
    }

    @Test
    void capAppliesToTheCentreToo() {
        Ring ring = assertRings(router(building, "sip.max-branches=2").route("8001", "888888", NOON_UTC),
                CallKind.CENTRE, "1", "2");
        assertEquals(List.of("3"), ring.omitted());
    }

    @Test
    void callerIsLeftOutBeforeCounting() {
        Ring ring = assertRings(router(building, "sip.max-branches=2").route("9901%231", "9901", NOON_UTC),
                CallKind.ROOM, "9901", "9901#2");
        assertEquals(List.of("9901#3", "9901#4", "9901#5", "9901#6", "9901#7", "9901#8", "9901#9"), ring.omitted());
    }

    @Test
    void singleDeviceCallsAreNeverCapped() {
        Ring ring = assertRings(router(building, "sip.max-branches=1").route("9901", "8001", NOON_UTC),
                CallKind.DOOR_STATION, "8001");
        assertFalse(ring.capped());
    }
}
