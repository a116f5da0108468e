package org.doorman.lock.attendance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Turns stored instants into the device's wall-clock times, which is what shifts and days are written in.
 * Across a DST change the rules therefore see wall-clock time, like the device's own clock.
 */
public final class LocalPunches {

    private LocalPunches() {
    }

    public static List<LocalDateTime> toLocal(Collection<Instant> punches, ZoneId zone) {
        Objects.requireNonNull(punches, "punches are required");
        Objects.requireNonNull(zone, "zone is required");
        return punches.stream().map(instant -> LocalDateTime.ofInstant(instant, zone)).toList();
    }
}
