package org.doorman.lock.attendance;

import java.time.LocalTime;
import java.util.Objects;

/** One span of a shift (a duty period or the overtime session) in whole minutes within one calendar day. */
public record Period(LocalTime start, LocalTime end) {

    public Period {
        Objects.requireNonNull(start, "period start is required");
        Objects.requireNonNull(end, "period end is required");
        requireWholeMinute("start", start);
        requireWholeMinute("end", end);
        // The device's shift screen holds HH:MM pairs of one day; a night shift is not in the seed.
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("period end " + end + " must be after start " + start
                    + " (a period lies within one day and cannot cross midnight)");
        }
    }

    /** Parses two HH:MM times, e.g. {@code Period.of("09:00", "12:00")}. */
    public static Period of(String start, String end) {
        return new Period(LocalTime.parse(start), LocalTime.parse(end));
    }

    public int startSecond() {
        return start.toSecondOfDay();
    }

    public int endSecond() {
        return end.toSecondOfDay();
    }

    public int lengthMinutes() {
        return (endSecond() - startSecond()) / 60;
    }

    /** Touching periods (one ends when the next starts) do not overlap. */
    public boolean overlaps(Period other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }

    private static void requireWholeMinute(String field, LocalTime time) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("period " + field + " must be whole minutes (HH:MM), got " + time);
        }
    }
}
