package org.doorman.lock.attendance;

import static org.doorman.lock.attendance.Times.punches;
import static org.doorman.lock.attendance.Times.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Boundaries and missing punches on the seed's shift (Table 2-13) and a few other shapes of shift. */
class DayEvaluatorEdgeCasesTest {

    private final DayEvaluator seed = new DayEvaluator(ShiftTest.seedShift());

    private DayEvaluation day(String... times) {
        return seed.evaluate(punches(times));
    }

    @Test
    void lateAllowanceBoundaryToTheSecond() {
        assertEquals(0, day("9:05:59", "12:00", "14:00", "17:30").lateMinutes());
        assertEquals(1, day("9:06:00", "12:00", "14:00", "17:30").lateMinutes());
        assertEquals(1, day("9:06:59", "12:00", "14:00", "17:30").lateMinutes());
        assertEquals(2, day("9:07:00", "12:00", "14:00", "17:30").lateMinutes());
    }

    @Test
    void earlyAllowanceBoundaryToTheSecond() {
        assertEquals(0, day("9:00", "11:55:00", "14:00", "17:30").earlyLeaveMinutes());
        assertEquals(1, day("9:00", "11:54:59", "14:00", "17:30").earlyLeaveMinutes());
        assertEquals(1, day("9:00", "11:54:00", "14:00", "17:30").earlyLeaveMinutes());
        assertEquals(2, day("9:00", "11:53:59", "14:00", "17:30").earlyLeaveMinutes());
    }

    @Test
    void withoutAllowanceTheStartMinuteIsStillOnTimeAndTheLastMinuteIsEarly() {
        DayEvaluator strict = new DayEvaluator(Shift.of(3, Period.of("09:00", "12:00"), null, null, 0));
        assertEquals(0, strict.evaluate(punches("9:00:59", "12:00")).lateMinutes());
        assertEquals(1, strict.evaluate(punches("9:01:00", "12:00")).lateMinutes());
        assertEquals(1, strict.evaluate(punches("9:00", "11:59:59")).earlyLeaveMinutes());
        assertEquals(0, strict.evaluate(punches("9:00", "12:00:00")).earlyLeaveMinutes());
    }

    @Test
    void lateAndEarlyAreCountedAfterTheAllowances() {
        DayEvaluation d = day("9:00", "12:00", "15:00", "17:00");
        assertEquals(55, d.periods().get(1).lateMinutes(), "15:00 is 60 minutes after 14:00, 5 allowed");
        assertEquals(25, d.periods().get(1).earlyLeaveMinutes(), "17:00 is 30 minutes before 17:30, 5 allowed");
        assertEquals(DayStatus.ABNORMAL, d.status());
    }

    @Test
    void noPunchesIsAWholeDayAbsent() {
        DayEvaluation d = seed.evaluate(List.of());
        assertEquals(DayStatus.ABSENT, d.status());
        assertEquals(2, d.absenceHalfDays());
        assertEquals(Hours.ZERO, d.worked());
        assertEquals(Hours.ZERO, d.overtimeHours());
        assertFalse(d.overtime().complete());
    }

    @Test
    void onlyOvertimeIsStillAbsentFromBothPeriodsButKeepsItsOvertime() {
        DayEvaluation d = day("18:20", "19:30");
        assertEquals(DayStatus.ABSENT, d.status());
        assertEquals(2, d.absenceHalfDays());
        assertEquals(Hours.parse("1.1"), d.overtimeHours());
    }

    @Test
    void punchInOnlyIsHalfDayAbsenceWithNoLateness() {
        DayEvaluation d = day("9:30", "14:00", "17:30");
        PeriodResult p1 = d.periods().get(0);
        assertEquals(t("9:30"), p1.punchIn());
        assertNull(p1.punchOut());
        assertTrue(p1.absent());
        assertEquals(0, p1.lateMinutes());
        assertEquals(Hours.ZERO, p1.worked());
        assertEquals(1, d.absenceHalfDays());
        assertEquals(DayStatus.ABNORMAL, d.status());
    }

    @Test
    void lonePunchAfterThePeriodEndsIsAPunchOutWithoutPunchIn() {
        PeriodResult p1 = day("12:10", "14:00", "17:30").periods().get(0);
        assertNull(p1.punchIn());
        assertEquals(t("12:10"), p1.punchOut());
        assertTrue(p1.absent());
    }

    @Test
    void lonePunchExactlyAtThePeriodStartIsAPunchIn() {
        PeriodResult p1 = day("9:00").periods().get(0);
        assertEquals(t("9:00"), p1.punchIn());
        assertNull(p1.punchOut());
    }

    @Test
    void lonePunchExactlyAtThePeriodEndIsAPunchOut() {
        PeriodResult p1 = day("12:00").periods().get(0);
        assertNull(p1.punchIn());
        assertEquals(t("12:00"), p1.punchOut());
    }

    @Test
    void twoPunchesBeforeThePeriodStartAreNoPunchOut() {
        PeriodResult p1 = day("8:30", "8:55", "14:00", "17:30").periods().get(0);
        assertEquals(t("8:30"), p1.punchIn());
        assertNull(p1.punchOut(), "a punch before the period starts cannot end it");
        assertTrue(p1.absent());
    }

    @Test
    void twoPunchesInsideThePeriodAreLateInAndEarlyOut() {
        PeriodResult p1 = day("10:00", "11:00", "14:00", "17:30").periods().get(0);
        assertEquals(55, p1.lateMinutes());
        assertEquals(55, p1.earlyLeaveMinutes());
        assertEquals(Hours.parse("1.0"), p1.worked());
    }

    @Test
    void repeatedIdenticalPunchIsOnlyAPunchIn() {
        PeriodResult p1 = day("9:00", "9:00").periods().get(0);
        assertEquals(t("9:00"), p1.punchIn());
        assertNull(p1.punchOut());
    }

    @Test
    void punchOrderDoesNotMatter() {
        List<java.time.LocalTime> shuffled = new ArrayList<>(punches("8:00", "12:30", "15:00", "17:00", "18:20", "19:30"));
        Collections.reverse(shuffled);
        assertEquals(day("8:00", "12:30", "15:00", "17:00", "18:20", "19:30"), seed.evaluate(shuffled));
    }

    @Test
    void workedHoursCountOnlyTimeInsideThePeriod() {
        DayEvaluation d = day("7:00", "12:59", "13:00", "23:00");
        assertEquals(Hours.parse("3.0"), d.periods().get(0).worked());
        assertEquals(t("18:07:59"), seed.windows().get(1).last());
        assertNull(d.periods().get(1).punchOut(), "23:00 falls in the overtime window, not period 2's");
        assertEquals(t("23:00"), d.overtime().punchOut());
    }

    @Test
    void latePersonWorksFromTheirPunchIn() {
        assertEquals(Hours.parse("2.5"), day("9:30", "12:00", "14:00", "17:30").periods().get(0).worked());
    }

    @Test
    void workedHoursArePreciseToTheSecondThenCutToATenth() {
        assertEquals(Hours.ZERO, day("9:00:00", "9:05:59", "14:00", "17:30").periods().get(0).worked());
        assertEquals(Hours.parse("0.1"), day("9:00:00", "9:06:00", "14:00", "17:30").periods().get(0).worked());
    }

    @Test
    void dayTotalIsTheSumOfEachPeriodsCutHours_seed2_16Formula_notTheCutOfTheSum() {
        DayEvaluation d = day("9:00", "9:40", "14:00", "14:40");
        assertEquals(Hours.parse("0.6"), d.periods().get(0).worked(), "40 minutes is 0.66 h, cut to 0.6");
        assertEquals(Hours.parse("0.6"), d.periods().get(1).worked());
        assertEquals(Hours.parse("1.2"), d.worked(), "0.6 + 0.6, although 80 minutes would be 1.3");
    }

    @Test
    void overtimePunchOutAfterTheSessionEndsStillCounts() {
        DayEvaluation d = day("9:00", "12:00", "14:00", "17:30", "18:50", "21:10");
        assertEquals(Hours.parse("2.3"), d.overtimeHours(), "punch-out minus punch-in, 140 minutes");
    }

    @Test
    void overtimeWithOnlyAPunchInHasNoHoursAndNoAbsence() {
        DayEvaluation d = day("9:00", "12:00", "14:00", "17:30", "18:40");
        assertEquals(t("18:40"), d.overtime().punchIn());
        assertNull(d.overtime().punchOut());
        assertEquals(Hours.ZERO, d.overtimeHours());
        assertEquals(0, d.absenceHalfDays());
        assertEquals(DayStatus.NORMAL, d.status());
    }

    @Test
    void overtimePunchesBothBeforeTheSessionStartsAreNoOvertime() {
        DayEvaluation d = day("9:00", "12:00", "14:00", "17:30", "18:10", "18:40");
        assertEquals(t("18:10"), d.overtime().punchIn());
        assertNull(d.overtime().punchOut());
        assertEquals(Hours.ZERO, d.overtimeHours());
    }

    @Test
    void shiftWithoutOvertimeGivesPeriod2TheRestOfTheDay() {
        DayEvaluator e = new DayEvaluator(Shift.of(4, Period.of("09:00", "12:00"), Period.of("14:00", "17:30"), null, 5));
        DayEvaluation d = e.evaluate(punches("9:00", "12:00", "14:00", "23:59:59"));
        assertNull(d.overtime());
        assertEquals(Hours.ZERO, d.overtimeHours());
        assertEquals(t("23:59:59"), d.periods().get(1).punchOut());
        assertEquals(DayStatus.NORMAL, d.status());
    }

    @Test
    void onePeriodShiftCountsAtMostHalfADayAbsent() {
        DayEvaluator e = new DayEvaluator(Shift.of(5, Period.of("08:00", "17:00"), null, null, 5));
        DayEvaluation none = e.evaluate(List.of());
        assertEquals(1, none.absenceHalfDays());
        assertEquals(DayStatus.ABSENT, none.status());
        DayEvaluation full = e.evaluate(punches("0:00:00", "23:59:59"));
        assertEquals(Hours.parse("9.0"), full.worked());
        assertEquals(DayStatus.NORMAL, full.status());
    }

    @Test
    void touchingPeriodsGiveTheSharedMinuteToTheLaterPeriod() {
        DayEvaluator e = new DayEvaluator(Shift.of(6, Period.of("08:00", "12:00"), Period.of("12:00", "16:00"), null, 5));
        DayEvaluation d = e.evaluate(punches("8:00", "11:59:59", "12:00", "16:00"));
        assertEquals(t("11:59:59"), d.periods().get(0).punchOut());
        assertEquals(t("12:00"), d.periods().get(1).punchIn());
        assertEquals(DayStatus.NORMAL, d.status());
    }

    @Test
    void punchAtTheDivisionSecondBelongsToTheLaterPeriod() {
        DayEvaluation d = day("9:00", "12:00", "12:59:59", "13:00:00", "17:30");
        assertEquals(t("12:59:59"), d.periods().get(0).punchOut());
        assertEquals(t("13:00"), d.periods().get(1).punchIn());
    }

    @Test
    void periodResultsCarryTheirPeriodAndWindow() {
        DayEvaluation d = day("9:00", "12:00", "14:00", "17:30");
        assertEquals(Period.of("09:00", "12:00"), d.periods().get(0).period());
        assertEquals(seed.windows().get(0), d.periods().get(0).window());
        assertEquals(Period.of("18:45", "20:00"), d.overtime().session());
        assertEquals(seed.windows().get(2), d.overtime().window());
    }

    @Test
    void nullPunchesAreRefused() {
        assertThrows(NullPointerException.class, () -> seed.evaluate(null));
        assertThrows(NullPointerException.class, () -> new DayEvaluator(null));
    }
}
