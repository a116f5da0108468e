package org.doorman.sip.routing;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.doorman.conf.DoormanConfig;
import org.doorman.conf.TimeRange;

/**
 * The configuration call routing reads, taken once from the loaded DoormanConfig.
 *
 * @param centreNumber        sip.centre-number
 * @param centrePeriod        sip.calling-centre-period, or null for any time
 * @param groupCall           sip.group-call
 * @param maxBranches         sip.max-branches
 * @param zone                sip.time-zone, resolved (the system's zone when empty)
 * @param doorCallPeriods     doors.N.call-periods, only door stations that have periods
 */
public record RoutingRules(
        String centreNumber,
        TimeRange centrePeriod,
        boolean groupCall,
        int maxBranches,
        ZoneId zone,
        Map<String, List<TimeRange>> doorCallPeriods) {

    public RoutingRules {
        Objects.requireNonNull(centreNumber, "centreNumber");
        Objects.requireNonNull(zone, "zone");
        if (maxBranches < 1) {
            throw new IllegalArgumentException("maxBranches must be at least 1, not " + maxBranches);
        }
        Map<String, List<TimeRange>> copy = new TreeMap<>();
        doorCallPeriods.forEach((vto, periods) -> {
            if (!periods.isEmpty()) {
                copy.put(vto, List.copyOf(periods));
            }
        });
        doorCallPeriods = Map.copyOf(copy);
    }

    public static RoutingRules from(DoormanConfig config) {
        Map<String, List<TimeRange>> periods = new TreeMap<>();
        config.doors().forEach((vto, door) -> periods.put(vto, door.callPeriods()));
        return new RoutingRules(config.sip().centreNumber(), config.sip().centrePeriod().orElse(null),
                config.sip().groupCall(), config.sip().maxBranches(), config.sip().zone(), periods);
    }

    public Optional<TimeRange> centrePeriodIfSet() {
        return Optional.ofNullable(centrePeriod);
    }

    /** Whether a door station may place a call at this local time: no periods means at any time. */
    public boolean doorMayCallAt(String vtoNumber, LocalTime localTime) {
        List<TimeRange> periods = doorCallPeriods.getOrDefault(vtoNumber, List.of());
        return periods.isEmpty() || periods.stream().anyMatch(p -> p.contains(localTime));
    }
}
