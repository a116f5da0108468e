package org.doorman.sip.routing;

import static org.doorman.sip.routing.Routes.NOON_UTC;
import static org.doorman.sip.routing.Routes.assertRefused;
import static org.doorman.sip.routing.Routes.assertRings;
import static org.doorman.sip.routing.Routes.router;
import static org.doorman.sip.routing.Routes.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Center Call No. (sip.centre-number) and the Calling Center Period (sip.calling-centre-period). */
class CentreRoutingTest {
    private final TestDirectory building = new TestDirectory().vto("8001").room("9901", "9901#1");

    @Test
    void noGuardStationMeansNoCentre() {
        assertRefused(router(building).route("8001", "888888", NOON_UTC), 480, "No Management Center Set Up");
    }

    @Test
    void oneGuardStationIsRung() {
        building.vts("888001");
        assertRings(router(building).route("8001", "888888", NOON_UTC), CallKind.CENTRE, "888001");
    }

    @Test
    void threeGuardStationsAreAllRungInNumberOrder() {
        building.vts("900", "10", "1000");
        assertRings(router(building).route("9901%231", "888888", NOON_UTC), CallKind.CENTRE, "10", "900", "1000");
    }

    @Test
    void anyKindOfCallerReachesTheCentre() {
        building.vts("888001", "888002").ipc("7001");
        for (String caller : new String[] {"8001", "9901", "9901%231", "7001"}) {
            assertRings(router(building).route(caller, "888888", NOON_UTC), CallKind.CENTRE, "888001", "888002");
        }
    }

    @Test
    void guardStationDiallingTheCentreRingsTheOtherGuardStations() {
        building.vts("888001", "888002", "888003");
        assertRings(router(building).route("888002", "888888", NOON_UTC), CallKind.CENTRE, "888001", "888003");
    }

    @Test
    void loneGuardStationDiallingTheCentreIsItsOwnNumber() {
        building.vts("888001");
        assertRefused(router(building).route("888001", "888888", NOON_UTC), Refusals.OWN_NUMBER);
    }

    @Test
    void centreNumberFollowsConfiguration() {
        building.vts("888001");
        CallRouter router = router(building, "sip.centre-number=999");
        assertRings(router.route("8001", "999", NOON_UTC), CallKind.CENTRE, "888001");
        assertRefused(router.route("8001", "888888", NOON_UTC), Refusals.NOT_FOUND);
    }

    @ParameterizedTest(name = "08:00-20:00 at {0}:{1} UTC rings: {2}")
    @CsvSource({"7,59,false", "8,0,true", "12,0,true", "19,59,true", "20,0,false", "23,0,false"})
    void daytimePeriodIncludesItsStartAndExcludesItsEnd(int hour, int minute, boolean rings) {
        building.vts("888001");
        RouteDecision d = router(building, "sip.calling-centre-period=08:00-20:00").route("8001", "888888", utc(hour, minute));
        assertOpen(d, rings);
    }

    @ParameterizedTest(name = "22:00-06:00 at {0}:{1} UTC rings: {2}")
    @CsvSource({"21,59,false", "22,0,true", "23,30,true", "0,0,true", "2,0,true", "5,59,true", "6,0,false", "12,0,false"})
    void periodAcrossMidnightCoversBothSidesOfIt(int hour, int minute, boolean rings) {
        building.vts("888001");
        RouteDecision d = router(building, "sip.calling-centre-period=22:00-06:00").route("9901", "888888", utc(hour, minute));
        assertOpen(d, rings);
    }

    @Test
    void periodIsReadInTheConfiguredZoneNotUtc() {
        building.vts("888001");
        CallRouter router = router(building, "sip.calling-centre-period=08:00-20:00", "sip.time-zone=Asia/Kolkata");
        assertOpen(router.route("8001", "888888", utc(3, 0)), true);   // 08:30 in Kolkata
        assertOpen(router.route("8001", "888888", utc(2, 0)), false);  // 07:30 in Kolkata
        assertOpen(router.route("8001", "888888", utc(15, 0)), false); // 20:30 in Kolkata
        assertOpen(router.route("8001", "888888", utc(14, 0)), true);  // 19:30 in Kolkata
    }

    @Test
    void theInstantCountsNotTheZoneTheCallerHandsIn() {
        building.vts("888001");
        CallRouter router = router(building, "sip.calling-centre-period=08:00-20:00");
        ZonedDateTime tokyoMorning = ZonedDateTime.of(2024, 5, 6, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo")); // 00:00 UTC
        assertOpen(router.route("8001", "888888", tokyoMorning), false);
    }

    @Test
    void noCentreIsReportedEvenOutsideThePeriod() {
        assertRefused(router(building, "sip.calling-centre-period=08:00-20:00").route("8001", "888888", utc(23, 0)),
                Refusals.NO_CENTRE);
    }

    @Test
    void periodDoesNotApplyToAGuardStationDialledByItsOwnNumber() {
        building.vts("888001");
        assertRings(router(building, "sip.calling-centre-period=08:00-20:00").route("8001", "888001", utc(23, 0)),
                CallKind.GUARD_STATION, "888001");
    }

    @Test
    void withoutAPeriodTheCentreIsReachableAtAnyHour() {
        building.vts("888001");
        for (int hour = 0; hour < 24; hour++) {
            assertOpen(router(building).route("8001", "888888", utc(hour, 0)), true);
        }
    }

    private static void assertOpen(RouteDecision decision, boolean rings) {
        if (rings) {
            assertRings(decision, CallKind.CENTRE, "888001");
        } else {
            assertEquals(Refusals.OUTSIDE_CENTRE_PERIOD, decision);
            assertRefused(decision, 480, "Outside Calling Center Period");
        }
    }
}
