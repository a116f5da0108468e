package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A daily period written "HH:MM-HH:MM" (e.g. the Calling Center Period). A start after the end
 * wraps past midnight, as a night period "22:00-06:00" does.
 */
public record TimeRange(LocalTime start, LocalTime end) {
    private static final String ALLOWED = "a daily period HH:MM-HH:MM, e.g. 08:00-18:00";

    public TimeRange {
        if (start == null || end == null || start.equals(end)) {
            throw new IllegalArgumentException(ALLOWED + ", start and end different");
        }
    }

    @JsonCreator
    public static TimeRange parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException(ALLOWED);
        }
        try {
            return new TimeRange(LocalTime.parse(pad(parts[0])), LocalTime.parse(pad(parts[1])));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(ALLOWED);
        }
    }

    private static String pad(String hhmm) {
        return hhmm.length() == 4 && hhmm.charAt(1) == ':' ? "0" + hhmm : hhmm;
    }

    public boolean contains(LocalTime t) {
        return start.isBefore(end)
                ? !t.isBefore(start) && t.isBefore(end)
                : !t.isBefore(start) || t.isBefore(end);
    }

    @JsonValue
    @Override
    public String toString() {
        return start + "-" + end;
    }
}
