package org.doorman.lock.attendance;

import static org.doorman.lock.attendance.Times.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The result records refuse combinations the rules cannot produce, so a stored result is always coherent. */
class DayResultRecordsTest {

    private static final Period P1 = Period.of("09:00", "12:00");
    private static final Window W = new Window(0, 13 * 3600);

    @Test
    void absentPeriodCannotCarryLatenessOrHours() {
        assertThrows(IllegalArgumentException.class,
                () -> new PeriodResult(P1, W, t("9:30"), null, 25, 0, Hours.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new PeriodResult(P1, W, null, t("12:00"), 0, 0, new Hours(1)));
    }

    @Test
    void punchOutMustFollowPunchIn() {
        assertThrows(IllegalArgumentException.class,
                () -> new PeriodResult(P1, W, t("10:00"), t("10:00"), 0, 0, Hours.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new OvertimeResult(P1, W, t("10:00"), t("9:00"), Hours.ZERO));
    }

    @Test
    void negativeMinutesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new PeriodResult(P1, W, t("9:00"), t("12:00"), -1, 0, Hours.ZERO));
    }

    @Test
    void incompleteOvertimeHasNoHours() {
        assertThrows(IllegalArgumentException.class, () -> new OvertimeResult(P1, W, t("9:00"), null, new Hours(5)));
    }

    @Test
    void aDayHasOneOrTwoPeriods() {
        assertThrows(IllegalArgumentException.class, () -> new DayEvaluation(List.of(), null));
        PeriodResult ok = new PeriodResult(P1, W, t("9:00"), t("12:00"), 0, 0, new Hours(30));
        assertThrows(IllegalArgumentException.class, () -> new DayEvaluation(List.of(ok, ok, ok), null));
        assertEquals(DayStatus.NORMAL, new DayEvaluation(List.of(ok), null).status());
    }
}
