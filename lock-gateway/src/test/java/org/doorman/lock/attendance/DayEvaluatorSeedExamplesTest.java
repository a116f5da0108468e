package org.doorman.lock.attendance;

import static org.doorman.lock.attendance.Times.punches;
import static org.doorman.lock.attendance.Times.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every worked example and table row of the seed's sections 2.7.3, 2.15 and 2.16, on Table 2-13's shift. */
class DayEvaluatorSeedExamplesTest {

    private final DayEvaluator seed = new DayEvaluator(ShiftTest.seedShift());

    private DayEvaluation day(String... times) {
        return seed.evaluate(punches(times));
    }

    @Test
    void section2_15_punches9_05_11_54_17_00_earlyLeaveOneMinuteInPeriod1AndHalfDayAbsenceInPeriod2() {
        DayEvaluation d = day("9:05", "11:54", "17:00");
        PeriodResult p1 = d.periods().get(0);
        PeriodResult p2 = d.periods().get(1);
        assertEquals(t("9:05"), p1.punchIn());
        assertEquals(t("11:54"), p1.punchOut());
        assertEquals(0, p1.lateMinutes());
        assertEquals(1, p1.earlyLeaveMinutes());
        assertFalse(p1.absent());
        assertEquals(t("17:00"), p2.punchIn());
        assertNull(p2.punchOut(), "no punch-out in the second period");
        assertTrue(p2.absent());
        assertEquals(1, d.absenceHalfDays());
        assertEquals(1, d.earlyLeaveMinutes());
        assertEquals(0, d.lateMinutes(), "the absent period's lone 17:00 punch is not also counted late");
        assertEquals(DayStatus.ABNORMAL, d.status());
        assertEquals(Hours.parse("2.8"), p1.worked(), "9:05–11:54 is 2 h 49 min");
        assertEquals(Hours.parse("2.8"), d.worked());
    }

    @Test
    void section2_16_punches8_00_12_30_15_00_17_00_work3PlusTwoIsFiveHours() {
        DayEvaluation d = day("8:00", "12:30", "15:00", "17:00");
        assertEquals(Hours.parse("3"), d.periods().get(0).worked());
        assertEquals(Hours.parse("2"), d.periods().get(1).worked());
        assertEquals("5.0", d.worked().toString());
    }

    @Test
    void section2_16_normalWorkingHoursOfTheExampleShiftAre6_5() {
        DayEvaluation d = day("9:00", "12:00", "14:00", "17:30");
        assertEquals(Hours.parse("6.5"), d.worked());
        assertEquals(DayStatus.NORMAL, d.status());
        assertEquals(0, d.absenceHalfDays());
    }

    @Test
    void section2_16_overtimePunchedAt18_20And19_30Is1_1Hours() {
        DayEvaluation d = day("9:00", "12:00", "14:00", "17:30", "18:20", "19:30");
        assertEquals(t("18:20"), d.overtime().punchIn());
        assertEquals(t("19:30"), d.overtime().punchOut());
        assertEquals("1.1", d.overtimeHours().toString());
        assertEquals(DayStatus.NORMAL, d.status());
    }

    @Test
    void section2_7_3_arrivingAt8_06WithFiveMinutesAllowedAfter8_00IsLateByOneMinute() {
        DayEvaluator e = new DayEvaluator(Shift.of(2, Period.of("08:00", "17:30"), null, null, 5));
        PeriodResult p = e.evaluate(punches("8:06", "17:30")).periods().get(0);
        assertEquals(1, p.lateMinutes());
    }

    @Test
    void section2_7_3_leavingAt17_25WithFiveMinutesAllowedBefore17_30IsNotEarly() {
        DayEvaluator e = new DayEvaluator(Shift.of(2, Period.of("08:00", "17:30"), null, null, 5));
        DayEvaluation d = e.evaluate(punches("8:00", "17:25"));
        assertEquals(0, d.earlyLeaveMinutes());
        assertEquals(DayStatus.NORMAL, d.status());
    }

    @Test
    void table2_14_period1NormalPunchInRunsFromMidnightTo9_05_59() {
        assertEquals(0, day("0:00", "12:00", "14:00", "17:30").lateMinutes());
        assertEquals(0, day("9:05:59", "12:00", "14:00", "17:30").lateMinutes());
        assertEquals(1, day("9:06:00", "12:00", "14:00", "17:30").lateMinutes());
    }

    @Test
    void table2_14_attendanceIsPreciseToSeconds_9_05_00To9_05_59IsNormal() {
        for (String time : new String[] {"9:05:00", "9:05:30", "9:05:59"}) {
            DayEvaluation d = day(time, "12:00", "14:00", "17:30");
            assertEquals(DayStatus.NORMAL, d.status(), time);
        }
    }

    @Test
    void table2_14_period1NormalPunchOutRunsFrom11_55To12_59() {
        DayEvaluation atStart = day("9:00", "11:55", "14:00", "17:30");
        assertEquals(t("11:55"), atStart.periods().get(0).punchOut());
        assertEquals(0, atStart.earlyLeaveMinutes());
        DayEvaluation atEnd = day("9:00", "12:59:59", "14:00", "17:30");
        assertEquals(t("12:59:59"), atEnd.periods().get(0).punchOut());
        assertEquals(DayStatus.NORMAL, atEnd.status());
    }

    @Test
    void table2_14_misprintsPeriod2NormalPunchInAs13_05_butTheRulesGive13_00To14_05() {
        DayEvaluation at1300 = day("9:00", "12:00", "13:00", "17:30");
        assertEquals(t("13:00"), at1300.periods().get(1).punchIn(), "13:00 already belongs to period 2");
        assertEquals(DayStatus.NORMAL, at1300.status());
        DayEvaluation at1330 = day("9:00", "12:00", "13:30", "17:30");
        assertEquals(0, at1330.lateMinutes(), "13:30 is before period 2 starts, so not late (the table's 13:05 is wrong)");
        DayEvaluation at1405 = day("9:00", "12:00", "14:05:59", "17:30");
        assertEquals(0, at1405.lateMinutes());
        assertEquals(DayStatus.NORMAL, at1405.status());
        assertEquals(1, day("9:00", "12:00", "14:06", "17:30").lateMinutes());
    }

    @Test
    void table2_14_period2NormalPunchOutRunsFrom17_25To18_07() {
        assertEquals(0, day("9:00", "12:00", "14:00", "17:25").earlyLeaveMinutes());
        DayEvaluation late = day("9:00", "12:00", "14:00", "18:07:59");
        assertEquals(t("18:07:59"), late.periods().get(1).punchOut());
        assertEquals(DayStatus.NORMAL, late.status());
    }

    @Test
    void section2_15_evenGap_punchAt12_59IsPeriod1PunchOutAnd13_00IsPeriod2PunchIn() {
        DayEvaluation d = day("9:00", "12:59", "13:00", "17:30");
        assertEquals(t("12:59"), d.periods().get(0).punchOut());
        assertEquals(t("13:00"), d.periods().get(1).punchIn());
        assertEquals(DayStatus.NORMAL, d.status());
    }

    @Test
    void section2_15_oddGap_punchAt18_07IsPeriod2PunchOutAnd18_08IsOvertimePunchIn() {
        DayEvaluation d = day("9:00", "12:00", "14:00", "18:07", "18:08", "20:00");
        assertEquals(t("18:07"), d.periods().get(1).punchOut());
        assertEquals(t("18:08"), d.overtime().punchIn());
        assertEquals(t("20:00"), d.overtime().punchOut());
        assertEquals(Hours.parse("1.8"), d.overtimeHours(), "18:08–20:00 is 112 minutes");
    }

    @Test
    void section2_15_earliestPunchInAndLatestPunchOutAreEffective() {
        DayEvaluation d = day("8:40", "8:50", "9:10", "11:00", "12:10", "12:20", "13:50", "14:00", "17:40", "18:00");
        assertEquals(t("8:40"), d.periods().get(0).punchIn());
        assertEquals(t("12:20"), d.periods().get(0).punchOut());
        assertEquals(t("13:50"), d.periods().get(1).punchIn());
        assertEquals(t("18:00"), d.periods().get(1).punchOut());
        assertEquals(DayStatus.NORMAL, d.status());
    }

    @Test
    void section2_15_overtimeHasNoLateInOrEarlyOut() {
        DayEvaluation d = day("9:00", "12:00", "14:00", "17:30", "19:15", "19:45");
        assertEquals(Hours.parse("0.5"), d.overtimeHours());
        assertEquals(0, d.lateMinutes());
        assertEquals(0, d.earlyLeaveMinutes());
        assertEquals(DayStatus.NORMAL, d.status());
    }
}
