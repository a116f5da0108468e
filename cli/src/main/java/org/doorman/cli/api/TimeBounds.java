package org.doorman.cli.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads a --from/--to time: an ISO instant, a local date-time or a date (start of day) in the server's zone. */
final class TimeBounds {
    private TimeBounds() {}

    static Instant parse(String field, String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException notDateTime) {
                try {
                    return LocalDate.parse(text).atStartOfDay(zone).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new ApiException(400, field, "'" + text + "' is not a time: use 2026-11-22, "
                            + "2026-11-22T08:30 or 2026-11-22T07:30:00Z");
                }
            }
        }
    }
}
