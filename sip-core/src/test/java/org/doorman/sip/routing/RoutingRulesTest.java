package org.doorman.sip.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.doorman.conf.ConfigLoader;
import org.doorman.conf.TimeRange;
import org.junit.jupiter.api.Test;

class RoutingRulesTest {
    @Test
    void defaultsComeFromTheBundledConfiguration() {
        RoutingRules rules = RoutingRules.from(new ConfigLoader().defaults());
        assertEquals("888888", rules.centreNumber());
        assertNull(rules.centrePeriod());
        assertTrue(rules.groupCall());
        assertEquals(16, rules.maxBranches());
        assertEquals(ZoneId.systemDefault(), rules.zone());
        assertTrue(rules.doorMayCallAt("8001", LocalTime.of(3, 0)));
    }

    @Test
    void everyKeyIsCarriedOver() {
        RoutingRules rules = RoutingRules.from(new ConfigLoader().load(null, List.of(
                "sip.centre-number=999", "sip.calling-centre-period=08:00-20:00", "sip.group-call=false",
                "sip.max-branches=4", "sip.time-zone=Europe/Berlin", "doors.8001.call-periods=[07:00-22:00]",
                "doors.8002.second-unlock-command=789")));
        assertEquals("999", rules.centreNumber());
        assertEquals(TimeRange.parse("08:00-20:00"), rules.centrePeriod());
        assertFalse(rules.groupCall());
        assertEquals(4, rules.maxBranches());
        assertEquals(ZoneId.of("Europe/Berlin"), rules.zone());
        assertEquals(Map.of("8001", List.of(TimeRange.parse("07:00-22:00"))), rules.doorCallPeriods());
        assertFalse(rules.doorMayCallAt("8001", LocalTime.of(23, 0)));
        assertTrue(rules.doorMayCallAt("8002", LocalTime.of(23, 0)));
    }

    @Test
    void rulesRefuseAZeroCap() {
        assertThrows(IllegalArgumentException.class,
                () -> new RoutingRules("888888", null, true, 0, ZoneId.of("UTC"), Map.of()));
    }
}
