package org.doorman.sip.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.doorman.conf.ConfigLoader;
import org.doorman.sip.routing.RouteDecision.Refuse;
import org.doorman.sip.routing.RouteDecision.Ring;

/** Shared helpers for routing tests: rules from real configuration keys, and decision assertions. */
final class Routes {
    /** A Monday at noon UTC; the rules below read times in UTC unless a test sets sip.time-zone. */
    static final ZonedDateTime NOON_UTC = ZonedDateTime.of(2024, 5, 6, 12, 0, 0, 0, ZoneOffset.UTC);

    private Routes() {}

    /** Rules from the bundled defaults with sip.time-zone=UTC and the given --set overrides. */
    static RoutingRules rules(String... overrides) {
        List<String> all = new ArrayList<>(List.of("sip.time-zone=UTC"));
        all.addAll(List.of(overrides));
        return RoutingRules.from(new ConfigLoader().load(null, all));
    }

    static CallRouter router(DirectoryView directory, String... overrides) {
        return new CallRouter(directory, rules(overrides));
    }

    static ZonedDateTime utc(int hour, int minute) {
        return NOON_UTC.withHour(hour).withMinute(minute);
    }

    static Ring assertRings(RouteDecision decision, CallKind kind, String... devices) {
        Ring ring = assertInstanceOf(Ring.class, decision, () -> "expected a ring, got " + decision);
        assertEquals(List.of(devices), ring.deviceNumbers());
        assertEquals(kind, ring.kind());
        return ring;
    }

    static void assertRefused(RouteDecision decision, Refuse expected) {
        assertEquals(expected, decision);
    }

    static void assertRefused(RouteDecision decision, int status, String phrase) {
        Refuse refuse = assertInstanceOf(Refuse.class, decision, () -> "expected a refusal, got " + decision);
        assertEquals(status, refuse.sipStatus());
        assertEquals(phrase, refuse.reasonPhrase());
    }
}
