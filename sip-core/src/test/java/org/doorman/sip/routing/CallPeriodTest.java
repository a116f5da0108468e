package org.doorman.sip.routing;

import static org.doorman.sip.routing.Routes.assertRefused;
import static org.doorman.sip.routing.Routes.assertRings;
import static org.doorman.sip.routing.Routes.router;
import static org.doorman.sip.routing.Routes.utc;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** doors.N.call-periods: when a door station may place calls; read in sip.time-zone. */
class CallPeriodTest {
    private final TestDirectory building = new TestDirectory()
            .vto("8001", "8002").room("9901", "9901#1").vts("888001");

    @ParameterizedTest(name = "07:00-22:00 at {0}:{1} UTC rings: {2}")
    @CsvSource({"6,59,false", "7,0,true", "12,0,true", "21,59,true", "22,0,false", "23,30,false", "3,0,false"})
    void doorStationCallsOnlyInsideItsPeriod(int hour, int minute, boolean rings) {
        CallRouter router = router(building, "doors.8001.call-periods=[07:00-22:00]");
        assertCall(router.route("8001", "9901", utc(hour, minute)), rings);
    }

    @ParameterizedTest(name = "07:00-12:00 and 14:00-18:00 at {0}:00 UTC rings: {1}")
    @CsvSource({"8,true", "13,false", "15,true", "18,false"})
    void anyOfSeveralPeriodsAllowsTheCall(int hour, boolean rings) {
        CallRouter router = router(building, "doors.8001.call-periods=[07:00-12:00, 14:00-18:00]");
        assertCall(router.route("8001", "9901", utc(hour, 0)), rings);
    }

    @ParameterizedTest(name = "20:00-02:00 at {0}:00 UTC rings: {1}")
    @CsvSource({"19,false", "20,true", "23,true", "1,true", "2,false", "12,false"})
    void periodAcrossMidnight(int hour, boolean rings) {
        CallRouter router = router(building, "doors.8001.call-periods=[20:00-02:00]");
        assertCall(router.route("8001", "9901", utc(hour, 0)), rings);
    }

    @Test
    void periodsBelongToOneDoorStationOnly() {
        CallRouter router = router(building, "doors.8001.call-periods=[07:00-22:00]");
        assertRings(router.route("8002", "9901", utc(23, 0)), CallKind.ROOM, "9901", "9901#1");
    }

    @Test
    void emptyListMeansAnyTime() {
        CallRouter router = router(building, "doors.8001.call-periods=[]");
        assertRings(router.route("8001", "9901", utc(3, 0)), CallKind.ROOM, "9901", "9901#1");
    }

    @Test
    void doorToDoorCallsAreRestrictedToo() {
        CallRouter router = router(building, "doors.8001.call-periods=[07:00-22:00]");
        assertRefused(router.route("8001", "8002", utc(23, 0)), Refusals.OUTSIDE_CALL_PERIOD);
    }

    @Test
    void callsToTheDoorStationAreNotRestricted() {
        CallRouter router = router(building, "doors.8001.call-periods=[07:00-22:00]");
        assertRings(router.route("9901", "8001", utc(23, 0)), CallKind.DOOR_STATION, "8001");
        assertRings(router.route("8002", "8001", utc(23, 0)), CallKind.DOOR_STATION, "8001");
    }

    @Test
    void theCentreStaysReachableFromTheDoorOutsideTheDoorsPeriod() {
        CallRouter router = router(building, "doors.8001.call-periods=[07:00-22:00]");
        assertRings(router.route("8001", "888888", utc(23, 0)), CallKind.CENTRE, "888001");
    }

    @Test
    void theCentreFromTheDoorStillObeysTheCallingCenterPeriod() {
        CallRouter router = router(building, "doors.8001.call-periods=[07:00-22:00]",
                "sip.calling-centre-period=08:00-20:00");
        assertRefused(router.route("8001", "888888", utc(23, 0)), Refusals.OUTSIDE_CENTRE_PERIOD);
    }

    @Test
    void aGuardStationDialledByNumberIsAnOrdinaryCallFromTheDoor() {
        CallRouter router = router(building, "doors.8001.call-periods=[07:00-22:00]");
        assertRefused(router.route("8001", "888001", utc(23, 0)), Refusals.OUTSIDE_CALL_PERIOD);
    }

    @Test
    void misdialledNumberIsNotFoundEvenOutsideThePeriod() {
        CallRouter router = router(building, "doors.8001.call-periods=[07:00-22:00]");
        assertRefused(router.route("8001", "9999", utc(23, 0)), Refusals.NOT_FOUND);
        assertRefused(router.route("8001", "8001", utc(23, 0)), Refusals.OWN_NUMBER);
    }

    @Test
    void periodIsReadInTheConfiguredZoneAcrossDaylightSaving() {
        CallRouter router = router(building, "doors.8001.call-periods=[07:00-22:00]", "sip.time-zone=America/New_York");
        // Winter, UTC-5
        assertCall(router.route("8001", "9901", at(2024, 1, 15, 3, 0)), false);  // 22:00 EST
        assertCall(router.route("8001", "9901", at(2024, 1, 15, 2, 59)), true);  // 21:59 EST
        assertCall(router.route("8001", "9901", at(2024, 1, 15, 12, 0)), true);  // 07:00 EST
        assertCall(router.route("8001", "9901", at(2024, 1, 15, 11, 59)), false); // 06:59 EST
        // Summer, UTC-4
        assertCall(router.route("8001", "9901", at(2024, 7, 15, 2, 0)), false);  // 22:00 EDT
        assertCall(router.route("8001", "9901", at(2024, 7, 15, 1, 59)), true);  // 21:59 EDT
        assertCall(router.route("8001", "9901", at(2024, 7, 15, 11, 0)), true);  // 07:00 EDT
    }

    @Test
    void fixedOffsetZoneWorksToo() {
        CallRouter router = router(building, "doors.8001.call-periods=[07:00-22:00]", "sip.time-zone=+05:30");
        assertCall(router.route("8001", "9901", utc(1, 30)), true);   // 07:00 local
        assertCall(router.route("8001", "9901", utc(1, 29)), false);  // 06:59 local
        assertCall(router.route("8001", "9901", utc(16, 30)), false); // 22:00 local
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.UTC);
    }

    private static void assertCall(RouteDecision decision, boolean rings) {
        if (rings) {
            assertRings(decision, CallKind.ROOM, "9901", "9901#1");
        } else {
            assertRefused(decision, 480, "Outside Call Period");
        }
    }
}
