package org.doorman.sip.routing;

import static org.doorman.sip.routing.Routes.NOON_UTC;
import static org.doorman.sip.routing.Routes.assertRefused;
import static org.doorman.sip.routing.Routes.assertRings;
import static org.doorman.sip.routing.Routes.router;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Calls to door stations, guard stations, cameras and the server's own entry; unknown and malformed numbers; callers. */
class DeviceRoutingTest {
    private final TestDirectory directory = new TestDirectory()
            .server("8000").vto("8001", "8002").vts("888001").ipc("7001")
            .room("9901", "9901#1");
    private final CallRouter router = router(directory);

    @Test
    void doorStationCallsDoorStation() {
        assertRings(router.route("8001", "8002", NOON_UTC), CallKind.DOOR_STATION, "8002");
    }

    @Test
    void roomCallsDoorStationToMonitorIt() {
        assertRings(router.route("9901", "8001", NOON_UTC), CallKind.DOOR_STATION, "8001");
        assertRings(router.route("9901%231", "8001", NOON_UTC), CallKind.DOOR_STATION, "8001");
    }

    @Test
    void guardStationByItsOwnNumberRingsOnlyIt() {
        assertRings(router.route("8001", "888001", NOON_UTC), CallKind.GUARD_STATION, "888001");
    }

    @Test
    void guardStationCallsRoomsAndDoors() {
        assertRings(router.route("888001", "9901", NOON_UTC), CallKind.ROOM, "9901", "9901#1");
        assertRings(router.route("888001", "8001", NOON_UTC), CallKind.DOOR_STATION, "8001");
    }

    @Test
    void cameraWithSipIsRungByItsNumber() {
        assertRings(router.route("9901", "7001", NOON_UTC), CallKind.CAMERA, "7001");
    }

    @Test
    void serverOwnEntryIsForbiddenNotMissing() {
        assertRefused(router.route("9901", "8000", NOON_UTC), 403, "Server Number Cannot Be Called");
        assertRefused(router.route("8001", "8000", NOON_UTC), Refusals.SERVER_NUMBER);
    }

    @Test
    void doorStationDiallingItselfIsRefusedAsOwnNumber() {
        assertRefused(router.route("8001", "8001", NOON_UTC), Refusals.OWN_NUMBER);
    }

    @Test
    void unknownNumberIsNotFound() {
        assertRefused(router.route("9901", "8003", NOON_UTC), 404, "Not Found");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "abc", "99*01", "9901#", "#", "##1", "9901#12", "9901##1", "+4930123",
            "9901%2", "9901%2523", "1234567890", "1234567#1", "1#2", "1#2#3#4#5", "1#1#1234567",
            "sip:9901@doorman", "9901;user=phone", "%23%23", "12345678901234567890123456789012345678901"})
    void malformedNumberIsNotFound(String dialled) {
        assertRefused(router.route("9901", dialled, NOON_UTC), Refusals.NOT_FOUND);
    }

    @Test
    void callerMissingFromTheDirectoryIsRefused() {
        assertRefused(router.route("9999", "9901", NOON_UTC), 403, "Caller Not In Directory");
        assertRefused(router.route(null, "9901", NOON_UTC), Refusals.UNKNOWN_CALLER);
        assertRefused(router.route("9901%232", "9901", NOON_UTC), Refusals.UNKNOWN_CALLER);
    }

    @Test
    void callerIsCheckedBeforeTheDialledNumber() {
        assertRefused(router.route("9999", "nonsense", NOON_UTC), Refusals.UNKNOWN_CALLER);
    }
}
