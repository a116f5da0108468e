package org.doorman.sip.routing;

import static org.doorman.sip.routing.Routes.NOON_UTC;
import static org.doorman.sip.routing.Routes.assertRefused;
import static org.doorman.sip.routing.Routes.assertRings;
import static org.doorman.sip.routing.Routes.router;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Calls to rooms and extensions: group call, ROOM#0, explicit extensions, %23 on the wire. */
class RoomRoutingTest {
    /** Room 9901 with two monitors and a SIP phone (added out of order), its neighbour 9902, a door station. */
    private final TestDirectory directory = new TestDirectory()
            .room("9901", "9901#2", "9901#1").phone("9901#3")
            .room("9902", "9902#1", "99011", "99011#1")
            .vto("8001");
    private final CallRouter groupCall = router(directory);
    private final CallRouter noGroupCall = router(directory, "sip.group-call=false");

    @Test
    void roomNumberRingsTheMainMonitorFirstThenEveryExtensionIncludingPhonesUnderGroupCall() {
        assertRings(groupCall.route("8001", "9901", NOON_UTC), CallKind.ROOM, "9901", "9901#1", "9901#2", "9901#3");
    }

    @Test
    void roomNumberRingsOnlyTheMainMonitorWithGroupCallOff() {
        assertRings(noGroupCall.route("8001", "9901", NOON_UTC), CallKind.ROOM, "9901");
    }

    @Test
    void roomWithoutExtensionsRingsItsMainMonitor() {
        assertRings(groupCall.route("8001", "9902", NOON_UTC), CallKind.ROOM, "9902", "9902#1");
        directory.room("101");
        assertRings(groupCall.route("8001", "101", NOON_UTC), CallKind.ROOM, "101");
    }

    @Test
    void anotherRoomWhoseNumberStartsTheSameIsNotAnExtension() {
        assertRings(groupCall.route("8001", "9901", NOON_UTC), CallKind.ROOM, "9901", "9901#1", "9901#2", "9901#3");
        assertRings(groupCall.route("8001", "99011", NOON_UTC), CallKind.ROOM, "99011", "99011#1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9901#0", "9901%230", " 9901%230 "})
    void hashZeroIsTheRoomItselfWithGroupCall(String dialled) {
        assertRings(groupCall.route("8001", dialled, NOON_UTC), CallKind.ROOM, "9901", "9901#1", "9901#2", "9901#3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9901#0", "9901%230"})
    void hashZeroIsOnlyTheMainMonitorWithGroupCallOff(String dialled) {
        assertRings(noGroupCall.route("8001", dialled, NOON_UTC), CallKind.ROOM, "9901");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9901#2", "9901%232"})
    void explicitExtensionRingsOnlyThatExtensionEvenUnderGroupCall(String dialled) {
        assertRings(groupCall.route("8001", dialled, NOON_UTC), CallKind.EXTENSION, "9901#2");
    }

    @Test
    void sipPhoneExtensionIsDialledLikeAMonitor() {
        assertRings(groupCall.route("9902", "9901%233", NOON_UTC), CallKind.EXTENSION, "9901#3");
    }

    @Test
    void missingExtensionOfAnExistingRoomIsNotFound() {
        assertRefused(groupCall.route("8001", "9901%235", NOON_UTC), Refusals.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9903", "9903#0", "9903#1", "9903%231"})
    void unknownRoomOrItsExtensionIsNotFound(String dialled) {
        assertRefused(groupCall.route("8001", dialled, NOON_UTC), 404, "Not Found");
    }

    @Test
    void roomCallsRoom() {
        assertRings(groupCall.route("9901%231", "9902", NOON_UTC), CallKind.ROOM, "9902", "9902#1");
    }

    @Test
    void extensionDiallingItsOwnRoomRingsTheMainMonitorAndTheOtherExtensionsButNotItself() {
        assertRings(groupCall.route("9901%232", "9901", NOON_UTC), CallKind.ROOM, "9901", "9901#1", "9901#3");
    }

    @Test
    void mainMonitorDiallingItsOwnNumberIsRefusedAsOwnNumber() {
        assertRefused(groupCall.route("9901", "9901", NOON_UTC), Refusals.OWN_NUMBER);
        assertRefused(groupCall.route("9901", "9901%230", NOON_UTC), Refusals.OWN_NUMBER);
        assertRefused(noGroupCall.route("9901", "9901", NOON_UTC), 486, "Cannot Call Own Number");
    }

    @Test
    void extensionDiallingItsOwnNumberIsRefusedAsOwnNumber() {
        assertRefused(groupCall.route("9901%232", "9901%232", NOON_UTC), Refusals.OWN_NUMBER);
        assertRefused(groupCall.route("9901#2", "9901%232", NOON_UTC), Refusals.OWN_NUMBER);
    }

    @Test
    void callerNumberIsAcceptedInEitherSpelling() {
        assertRings(groupCall.route("9901%232", "9902", NOON_UTC), CallKind.ROOM, "9902", "9902#1");
        assertRings(groupCall.route("9901#0", "9902", NOON_UTC), CallKind.ROOM, "9902", "9902#1");
    }
}
