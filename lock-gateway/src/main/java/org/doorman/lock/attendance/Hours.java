package org.doorman.lock.attendance;

import java.math.BigDecimal;

/** Working hours to one decimal (seed 2.16), kept as whole tenths so that sums are exact. */
public record Hours(int tenths) implements Comparable<Hours> {

    public static final Hours ZERO = new Hours(0);
    private static final int SECONDS_PER_TENTH = 360;

    public Hours {
        if (tenths < 0) {
            throw new IllegalArgumentException("hours cannot be negative, got " + tenths + " tenths");
        }
    }

    /**
     * Cuts off below a tenth rather than rounding: the seed's overtime 18:20–19:30 is 70 minutes,
     * 1.166… hours, and the seed says 1.1, which only truncation gives.
     */
    public static Hours truncatedFromSeconds(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds cannot be negative, got " + seconds);
        }
        return new Hours(Math.toIntExact(seconds / SECONDS_PER_TENTH));
    }

    /** Parses "5.0" or "1.1" (one decimal at most), mainly for tests and stored figures. */
    public static Hours parse(String text) {
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > 1) {
            throw new IllegalArgumentException("hours have one decimal at most, got " + text);
        }
        return new Hours(value.movePointRight(1).intValueExact());
    }

    public Hours plus(Hours other) {
        return other.tenths == 0 ? this : new Hours(Math.addExact(tenths, other.tenths));
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(tenths, 1);
    }

    @Override
    public int compareTo(Hours other) {
        return Integer.compare(tenths, other.tenths);
    }

    @Override
    public String toString() {
        return (tenths / 10) + "." + (tenths % 10);
    }
}
