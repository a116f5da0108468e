package org.doorman.lock.attendance;

import java.time.LocalTime;
import java.util.Objects;

/**
 * How one duty period of one day came out.
 *
 * @param punchIn  the effective punch-in, {@code null} when there is none
 * @param punchOut the effective punch-out, {@code null} when there is none
 */
public record PeriodResult(Period period, Window window, LocalTime punchIn, LocalTime punchOut,
                           int lateMinutes, int earlyLeaveMinutes, Hours worked) {

    public PeriodResult {
        Objects.requireNonNull(period, "period is required");
        Objects.requireNonNull(window, "window is required");
        Objects.requireNonNull(worked, "worked hours are required");
        if (lateMinutes < 0 || earlyLeaveMinutes < 0) {
            throw new IllegalArgumentException("late and early-leave minutes cannot be negative, got "
                    + lateMinutes + " and " + earlyLeaveMinutes);
        }
        if (punchIn != null && punchOut != null && !punchOut.isAfter(punchIn)) {
            throw new IllegalArgumentException("punch-out " + punchOut + " must be after punch-in " + punchIn);
        }
        boolean absent = punchIn == null || punchOut == null;
        if (absent && (lateMinutes != 0 || earlyLeaveMinutes != 0 || worked.tenths() != 0)) {
            throw new IllegalArgumentException("a period without both punches is an absence and has no late,"
                    + " early-leave or worked time");
        }
    }

    /** Seed 2.15: a period needs both a punch-in and a punch-out, otherwise it is half a day's absence. */
    public boolean absent() {
        return punchIn == null || punchOut == null;
    }

    public boolean late() {
        return lateMinutes > 0;
    }

    public boolean earlyLeave() {
        return earlyLeaveMinutes > 0;
    }
}
