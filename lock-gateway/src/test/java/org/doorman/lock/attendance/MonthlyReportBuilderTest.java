package org.doorman.lock.attendance;

import static org.doorman.lock.attendance.MonthScheduleTest.JUNE_2017;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyReportBuilderTest {

    private final MonthlyReportBuilder builder = new MonthlyReportBuilder(List.of(ShiftTest.seedShift()));

    private static void punch(List<LocalDateTime> into, int day, String... times) {
        for (String time : times) {
            into.add(LocalDate.of(2017, 6, day).atTime(Times.t(time)));
        }
    }

    /** The seed's examples on June 1 and 2, a normal day on every other weekday but the 30th, a Saturday visit. */
    private static List<LocalDateTime> june2017Punches() {
        List<LocalDateTime> p = new ArrayList<>();
        punch(p, 1, "9:05", "11:54", "17:00");
        punch(p, 2, "8:00", "12:30", "15:00", "17:00", "18:20", "19:30");
        punch(p, 3, "10:00", "11:00");
        for (int day = 5; day <= 29; day++) {
            if (!MonthScheduleTest.figure2_12().codes().get(day - 1).equals(ScheduleCode.REST)) {
                punch(p, day, "9:00", "12:00", "14:00", "17:30");
            }
        }
        return p;
    }

    @Test
    void figure2_12MonthWithTheSeedsExamplesAddsUp() {
        PersonMonthReport r = builder.build(1, MonthScheduleTest.figure2_12(), june2017Punches());
        MonthTotals t = r.totals();
        assertEquals(30, r.days().size());
        assertEquals(19, t.normalDays());
        assertEquals(2, t.abnormalDays());
        assertEquals(1, t.absentDays(), "June 30 has no punches");
        assertEquals(8, t.restDays());
        assertEquals(22, t.judgedDays());
        assertEquals(1, t.lateCount());
        assertEquals(55, t.lateMinutes());
        assertEquals(2, t.earlyLeaveCount());
        assertEquals(26, t.earlyLeaveMinutes(), "1 on June 1, 25 on June 2");
        assertEquals(3, t.absenceHalfDays());
        assertEquals(new BigDecimal("1.5"), t.absenceDays());
        assertEquals(Hours.parse("131.3"), t.worked(), "19 × 6.5 + 2.8 + 5.0");
        assertEquals(Hours.parse("1.1"), t.overtime());
    }

    @Test
    void eachDayCarriesItsOwnFigures() {
        PersonMonthReport r = builder.build(1, MonthScheduleTest.figure2_12(), june2017Punches());
        DayReport june1 = r.days().get(0);
        assertEquals(LocalDate.of(2017, 6, 1), june1.date());
        assertEquals(DayStatus.ABNORMAL, june1.status());
        assertEquals(1, june1.earlyLeaveMinutes());
        assertEquals(1, june1.absenceHalfDays());
        assertEquals(Hours.parse("2.8"), june1.worked());
        assertEquals(3, june1.punchCount());
        DayReport june2 = r.days().get(1);
        assertEquals(Hours.parse("5.0"), june2.worked());
        assertEquals(Hours.parse("1.1"), june2.overtime());
        assertEquals(55, june2.lateMinutes());
        DayReport june30 = r.days().get(29);
        assertEquals(DayStatus.ABSENT, june30.status());
        assertEquals(2, june30.absenceHalfDays());
    }

    @Test
    void restDayPunchesAreCountedButNotJudged() {
        DayReport june3 = builder.build(1, MonthScheduleTest.figure2_12(), june2017Punches()).days().get(2);
        assertEquals(DayStatus.REST, june3.status());
        assertEquals(2, june3.punchCount());
        assertNull(june3.evaluation());
        assertEquals(Hours.ZERO, june3.worked());
        assertEquals(0, june3.absenceHalfDays());
    }

    @Test
    void leaveAndBusinessTripDaysAreNeverAbsent() {
        int[] codes = new int[30];
        codes[0] = 25;
        codes[1] = 26;
        PersonMonthReport r = builder.build(7, MonthSchedule.of(JUNE_2017, codes), List.of());
        assertEquals(DayStatus.BUSINESS_TRIP, r.days().get(0).status());
        assertEquals(DayStatus.LEAVE, r.days().get(1).status());
        assertEquals(1, r.totals().businessTripDays());
        assertEquals(1, r.totals().leaveDays());
        assertEquals(28, r.totals().restDays());
        assertEquals(0, r.totals().absenceHalfDays());
    }

    @Test
    void aDayOnAShiftThatIsNotConfiguredIsReportedNotGuessed() {
        int[] codes = new int[30];
        codes[0] = 9;
        PersonMonthReport r = builder.build(7, MonthSchedule.of(JUNE_2017, codes), List.of());
        assertEquals(DayStatus.NO_SHIFT, r.days().get(0).status());
        assertEquals(1, r.totals().noShiftDays());
        assertEquals(0, r.totals().absenceHalfDays());
    }

    @Test
    void daysAfterTheEvaluationDateArePendingNotAbsent() {
        PersonMonthReport r = builder.build(1, MonthScheduleTest.figure2_12(), List.of(), LocalDate.of(2017, 6, 14));
        assertEquals(DayStatus.ABSENT, r.days().get(13).status(), "the 14th itself is judged");
        assertEquals(DayStatus.PENDING, r.days().get(14).status());
        assertEquals(DayStatus.REST, r.days().get(16).status(), "rest days are known ahead");
        assertEquals(10, r.totals().absentDays());
        assertEquals(12, r.totals().pendingDays());
    }

    @Test
    void punchesOfOtherMonthsAreIgnored() {
        List<LocalDateTime> p = new ArrayList<>();
        p.add(LocalDateTime.of(2017, 5, 31, 23, 59, 59));
        p.add(LocalDateTime.of(2017, 7, 1, 0, 0, 0));
        p.add(LocalDateTime.of(2016, 6, 1, 9, 0));
        p.add(LocalDateTime.of(2016, 6, 1, 17, 30));
        PersonMonthReport r = builder.build(1, MonthScheduleTest.figure2_12(), p);
        assertEquals(0, r.days().get(0).punchCount());
        assertEquals(0, r.days().get(29).punchCount());
        assertEquals(22, r.totals().absentDays());
    }

    @Test
    void punchesJustBeforeAndAfterMidnightFallOnTheirOwnDays() {
        MonthlyReportBuilder b = new MonthlyReportBuilder(List.of(Shift.of(2, Period.of("08:00", "17:00"), null, null, 0)));
        int[] codes = new int[30];
        codes[0] = 2;
        codes[1] = 2;
        List<LocalDateTime> p = List.of(LocalDateTime.of(2017, 6, 1, 7, 0), LocalDateTime.of(2017, 6, 1, 23, 59, 59),
                LocalDateTime.of(2017, 6, 2, 0, 0), LocalDateTime.of(2017, 6, 2, 17, 0));
        PersonMonthReport r = b.build(1, MonthSchedule.of(JUNE_2017, codes), p);
        assertEquals(DayStatus.NORMAL, r.days().get(0).status());
        assertEquals(DayStatus.NORMAL, r.days().get(1).status());
        assertEquals(Hours.parse("18.0"), r.totals().worked());
    }

    @Test
    void punchOrderDoesNotMatter() {
        List<LocalDateTime> shuffled = new ArrayList<>(june2017Punches());
        Collections.shuffle(shuffled, new java.util.Random(42));
        assertEquals(builder.build(1, MonthScheduleTest.figure2_12(), june2017Punches()),
                builder.build(1, MonthScheduleTest.figure2_12(), shuffled));
    }

    @Test
    void everyShiftIsUsedByItsNumber() {
        Shift early = Shift.of(3, Period.of("06:00", "10:00"), null, null, 0);
        MonthlyReportBuilder b = new MonthlyReportBuilder(List.of(ShiftTest.seedShift(), early));
        int[] codes = new int[30];
        codes[0] = 1;
        codes[1] = 3;
        List<LocalDateTime> p = List.of(LocalDateTime.of(2017, 6, 2, 6, 0), LocalDateTime.of(2017, 6, 2, 10, 0));
        PersonMonthReport r = b.build(1, MonthSchedule.of(JUNE_2017, codes), p);
        assertEquals(DayStatus.ABSENT, r.days().get(0).status());
        assertEquals(DayStatus.NORMAL, r.days().get(1).status());
        assertEquals(Hours.parse("4.0"), r.days().get(1).worked());
    }

    @Test
    void aShiftNumberCanBeConfiguredOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MonthlyReportBuilder(List.of(ShiftTest.seedShift(), ShiftTest.seedShift())));
        assertEquals("shift 1 is configured twice", e.getMessage());
    }

    @Test
    void leapFebruaryHasTwentyNineDays() {
        PersonMonthReport r = builder.build(1, MonthSchedule.allRest(YearMonth.of(2024, 2)), List.of());
        assertEquals(29, r.days().size());
        assertEquals(29, r.totals().restDays());
    }

    @Test
    void reportRefusesTotalsThatDoNotAddUp() {
        PersonMonthReport r = builder.build(1, MonthScheduleTest.figure2_12(), june2017Punches());
        MonthTotals wrong = MonthTotals.of(r.days().subList(0, 29));
        assertThrows(IllegalArgumentException.class, () -> new PersonMonthReport(1, JUNE_2017, r.days(), wrong));
        assertThrows(IllegalArgumentException.class, () -> PersonMonthReport.of(1, JUNE_2017, r.days().subList(0, 29)));
        assertThrows(IllegalArgumentException.class, () -> PersonMonthReport.of(0, JUNE_2017, r.days()));
    }

    @Test
    void dayReportStatusMustFitItsScheduleCode() {
        LocalDate d = LocalDate.of(2017, 6, 1);
        assertThrows(IllegalArgumentException.class, () -> new DayReport(d, ScheduleCode.REST, DayStatus.LEAVE, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new DayReport(d, ScheduleCode.shift(1), DayStatus.REST, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new DayReport(d, ScheduleCode.shift(1), DayStatus.ABSENT, 0, null));
        DayEvaluation absent = new DayEvaluator(ShiftTest.seedShift()).evaluate(List.of());
        assertThrows(IllegalArgumentException.class, () -> new DayReport(d, ScheduleCode.shift(1), DayStatus.NORMAL, 0, absent));
        assertThrows(IllegalArgumentException.class, () -> new DayReport(d, ScheduleCode.shift(1), DayStatus.PENDING, 0, absent));
        assertEquals(DayStatus.ABSENT, new DayReport(d, ScheduleCode.shift(1), DayStatus.ABSENT, 0, absent).status());
    }
}
