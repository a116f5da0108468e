package org.doorman.lock.attendance;

import java.time.LocalTime;

/** The part of a day, [from, to) to the second, whose punches belong to one session of a shift. */
public record Window(int fromSecond, int toSecond) {

    public static final int SECONDS_PER_DAY = 86_400;

    public Window {
        if (fromSecond < 0 || toSecond > SECONDS_PER_DAY || fromSecond >= toSecond) {
            throw new IllegalArgumentException("window must satisfy 0 <= from < to <= 86400 seconds, got ["
                    + fromSecond + ", " + toSecond + ")");
        }
    }

    public LocalTime first() {
        return LocalTime.ofSecondOfDay(fromSecond);
    }

    /** The last second in the window, e.g. 12:59:59 for the seed's "12:00–12:59". */
    public LocalTime last() {
        return LocalTime.ofSecondOfDay(toSecond - 1L);
    }

    public boolean contains(LocalTime time) {
        int second = time.toSecondOfDay();
        return second >= fromSecond && second < toSecond;
    }

    @Override
    public String toString() {
        return first() + "–" + last();
    }
}
