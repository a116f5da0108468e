package org.doorman.sip.routing;

import static org.doorman.sip.routing.Routes.NOON_UTC;
import static org.doorman.sip.routing.Routes.assertRefused;
import static org.doorman.sip.routing.Routes.assertRings;
import static org.doorman.sip.routing.Routes.router;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** #N dialled from a monitor or phone: extension N of the caller's own room, #0 the room itself. */
class RelativeDiallingTest {
    private final TestDirectory directory = new TestDirectory()
            .room("9901", "9901#1", "9901#2").phone("9901#3")
            .room("9902", "9902#1")
            .vto("8001").vts("888001");
    private final CallRouter groupCall = router(directory);
    private final CallRouter noGroupCall = router(directory, "sip.group-call=false");

    @ParameterizedTest
    @ValueSource(strings = {"#0", "%230"})
    void extensionDiallingHashZeroReachesItsMainMonitor(String dialled) {
        assertRings(noGroupCall.route("9901%232", dialled, NOON_UTC), CallKind.ROOM, "9901");
    }

    @Test
    void hashZeroUnderGroupCallIsTheWholeRoomLessTheCaller() {
        assertRings(groupCall.route("9901%232", "%230", NOON_UTC), CallKind.ROOM, "9901", "9901#1", "9901#3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#1", "%231"})
    void extensionDiallingHashOneReachesExtensionOneOfItsOwnRoom(String dialled) {
        assertRings(groupCall.route("9901%232", dialled, NOON_UTC), CallKind.EXTENSION, "9901#1");
    }

    @Test
    void relativeNumberStaysInTheCallersRoom() {
        assertRings(groupCall.route("9902%231", "#0", NOON_UTC), CallKind.ROOM, "9902");
        assertRefused(groupCall.route("9902%231", "#2", NOON_UTC), Refusals.NOT_FOUND);
    }

    @Test
    void mainMonitorDialsItsExtensionsByHashN() {
        assertRings(groupCall.route("9901", "%232", NOON_UTC), CallKind.EXTENSION, "9901#2");
        assertRings(groupCall.route("9901", "#3", NOON_UTC), CallKind.EXTENSION, "9901#3");
    }

    @Test
    void sipPhoneExtensionDialsHashZero() {
        assertRings(noGroupCall.route("9901%233", "%230", NOON_UTC), CallKind.ROOM, "9901");
    }

    @Test
    void extensionDiallingItsOwnHashNIsRefusedAsOwnNumber() {
        assertRefused(groupCall.route("9901%232", "%232", NOON_UTC), Refusals.OWN_NUMBER);
    }

    @Test
    void mainMonitorDiallingHashZeroIsItsOwnNumber() {
        assertRefused(groupCall.route("9901", "%230", NOON_UTC), Refusals.OWN_NUMBER);
    }

    @Test
    void missingExtensionIsNotFound() {
        assertRefused(groupCall.route("9901%232", "%239", NOON_UTC), Refusals.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8001", "888001"})
    void relativeNumberFromOutsideARoomIsNotFound(String caller) {
        assertRefused(groupCall.route(caller, "%231", NOON_UTC), Refusals.NOT_FOUND);
        assertRefused(groupCall.route(caller, "#0", NOON_UTC), Refusals.NOT_FOUND);
    }
}
