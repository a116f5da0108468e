package org.doorman.sip.routing;

import static org.doorman.sip.routing.Routes.NOON_UTC;
import static org.doorman.sip.routing.Routes.assertRefused;
import static org.doorman.sip.routing.Routes.assertRings;
import static org.doorman.sip.routing.Routes.router;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** building#unit#room numbers, as platform servers write them: matched on the room entry's buildNo and unitNo. */
class PlatformNumberTest {
    private final TestDirectory directory = new TestDirectory()
            .roomIn("101", "1", "1").room("101#1")
            .roomIn("201", "1", "2")
            .roomIn("301", "02", "1")
            .room("9901")
            .vto("8001");
    private final CallRouter router = router(directory);

    @ParameterizedTest
    @ValueSource(strings = {"1#1#101", "1%231%23101", "1#1#101#0", "1%231%23101%230"})
    void buildingUnitRoomRingsThatRoomWithGroupCall(String dialled) {
        assertRings(router.route("8001", dialled, NOON_UTC), CallKind.ROOM, "101", "101#1");
    }

    @Test
    void groupCallOffRingsOnlyTheMainMonitor() {
        assertRings(router(directory, "sip.group-call=false").route("8001", "1#1#101", NOON_UTC), CallKind.ROOM, "101");
    }

    @Test
    void trailingHashNReachesThatExtension() {
        assertRings(router.route("8001", "1%231%23101%231", NOON_UTC), CallKind.EXTENSION, "101#1");
        assertRefused(router.route("8001", "1#1#101#2", NOON_UTC), Refusals.NOT_FOUND);
    }

    @Test
    void leadingZerosInBuildingUnitOrRoomDoNotMatter() {
        assertRings(router.route("8001", "01#001#0101", NOON_UTC), CallKind.ROOM, "101", "101#1");
        assertRings(router.route("8001", "2#1#301", NOON_UTC), CallKind.ROOM, "301");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2#1#101", "1#2#101", "1#1#102", "1#1#201", "0#0#9901", "1#1#9901"})
    void wrongBuildingUnitOrRoomIsNotFound(String dialled) {
        assertRefused(router.route("8001", dialled, NOON_UTC), Refusals.NOT_FOUND);
    }

    @Test
    void roomWithoutBuildingAndUnitCannotBeReachedThisWayButByItsNumber() {
        assertRefused(router.route("8001", "0#0#9901", NOON_UTC), Refusals.NOT_FOUND);
        assertRings(router.route("8001", "9901", NOON_UTC), CallKind.ROOM, "9901");
    }

    @Test
    void doorStationsAreNotPlatformTargets() {
        TestDirectory d = new TestDirectory().vto("8001", "8002").roomIn("9901", "1", "1");
        assertRefused(router(d).route("9901", "1#1#8002", NOON_UTC), Refusals.NOT_FOUND);
    }

    @Test
    void twoRoomsMatchingOneNumberAreAmbiguousAndRingNeither() {
        directory.roomIn("0101", "1", "1");
        assertRefused(router.route("8001", "1#1#101", NOON_UTC), 404, "Ambiguous Number");
        assertRings(router.route("8001", "0101", NOON_UTC), CallKind.ROOM, "0101");
    }

    @Test
    void ownRoomByPlatformNumberIsOwnNumber() {
        assertRefused(router.route("101", "1#1#101", NOON_UTC), Refusals.OWN_NUMBER);
        assertRings(router.route("101%231", "1#1#101", NOON_UTC), CallKind.ROOM, "101");
    }
}
