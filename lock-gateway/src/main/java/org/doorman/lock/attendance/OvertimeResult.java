package org.doorman.lock.attendance;

import java.time.LocalTime;
import java.util.Objects;

/**
 * How the overtime session of one day came out; it has no late-in or early-out (seed 2.15).
 *
 * @param punchIn  {@code null} when there is none
 * @param punchOut {@code null} when there is none
 */
public record OvertimeResult(Period session, Window window, LocalTime punchIn, LocalTime punchOut, Hours hours) {

    public OvertimeResult {
        Objects.requireNonNull(session, "overtime session is required");
        Objects.requireNonNull(window, "window is required");
        Objects.requireNonNull(hours, "overtime hours are required");
        if (punchIn != null && punchOut != null && !punchOut.isAfter(punchIn)) {
            throw new IllegalArgumentException("overtime punch-out " + punchOut + " must be after punch-in " + punchIn);
        }
        if ((punchIn == null || punchOut == null) && hours.tenths() != 0) {
            throw new IllegalArgumentException("overtime without both punches has no hours");
        }
    }

    public boolean complete() {
        return punchIn != null && punchOut != null;
    }
}
