package org.doorman.lock.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthScheduleTest {

    static final YearMonth JUNE_2017 = YearMonth.of(2017, 6);

    /** Figure 2-12 of the seed: user 1, June 2017, shift 1 on weekdays, weekends left blank (rest). */
    static MonthSchedule figure2_12() {
        int[] codes = new int[30];
        for (int day = 1; day <= 30; day++) {
            DayOfWeek dow = JUNE_2017.atDay(day).getDayOfWeek();
            codes[day - 1] = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? 0 : 1;
        }
        return MonthSchedule.of(JUNE_2017, codes);
    }

    private static AttendanceUser user(int dept, ScheduleMode mode) {
        return new AttendanceUser(1, "Jakc", List.of(), null, dept, UserLevel.USER, mode);
    }

    @Test
    void figure2_12_june2017StartsOnThursdayWithShift1AndRestsOnSaturday() {
        MonthSchedule s = figure2_12();
        assertEquals(ScheduleCode.shift(1), s.codeOn(LocalDate.of(2017, 6, 1)));
        assertEquals(ScheduleCode.shift(1), s.codeOn(LocalDate.of(2017, 6, 2)));
        assertEquals(ScheduleCode.REST, s.codeOn(LocalDate.of(2017, 6, 3)));
        assertEquals(ScheduleCode.REST, s.codeOn(LocalDate.of(2017, 6, 4)));
        assertEquals(ScheduleCode.shift(1), s.codeOn(LocalDate.of(2017, 6, 30)));
    }

    @Test
    void needsOneCodePerDayOfTheMonth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MonthSchedule.of(YearMonth.of(2024, 2), new int[28]));
        assertEquals("schedule for 2024-02 needs 29 day codes, got 28", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MonthSchedule.of(JUNE_2017, new int[31]));
    }

    @Test
    void badCodesAreRefused() {
        int[] codes = new int[30];
        codes[5] = 27;
        assertThrows(IllegalArgumentException.class, () -> MonthSchedule.of(JUNE_2017, codes));
    }

    @Test
    void codeOnRefusesDaysOfOtherMonths() {
        assertThrows(IllegalArgumentException.class, () -> figure2_12().codeOn(LocalDate.of(2017, 7, 1)));
    }

    @Test
    void allRestIsRestEveryDay() {
        MonthSchedule s = MonthSchedule.allRest(JUNE_2017);
        assertEquals(30, s.codes().size());
        assertEquals(List.of(ScheduleCode.REST), s.codes().stream().distinct().toList());
    }

    @Test
    void departmentModeFollowsTheDepartmentsSchedule() {
        MonthSchedule dept = figure2_12();
        MonthSchedule personal = MonthSchedule.allRest(JUNE_2017);
        assertSame(dept, MonthSchedule.forUser(user(3, ScheduleMode.DEPARTMENT), JUNE_2017, personal, Map.of(3, dept)));
    }

    @Test
    void personalModeFollowsThePersonsOwnSchedule() {
        MonthSchedule dept = MonthSchedule.allRest(JUNE_2017);
        MonthSchedule personal = figure2_12();
        assertSame(personal, MonthSchedule.forUser(user(3, ScheduleMode.PERSONAL), JUNE_2017, personal, Map.of(3, dept)));
    }

    @Test
    void aScheduleNeverSetMeansRestEveryDay() {
        assertEquals(MonthSchedule.allRest(JUNE_2017),
                MonthSchedule.forUser(user(3, ScheduleMode.PERSONAL), JUNE_2017, null, Map.of(3, figure2_12())));
        assertEquals(MonthSchedule.allRest(JUNE_2017),
                MonthSchedule.forUser(user(4, ScheduleMode.DEPARTMENT), JUNE_2017, figure2_12(), Map.of(3, figure2_12())));
    }

    @Test
    void aScheduleOfAnotherMonthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MonthSchedule.forUser(
                user(3, ScheduleMode.PERSONAL), YearMonth.of(2017, 7), figure2_12(), Map.of()));
        assertEquals("user 1: schedule is for 2017-06, not 2017-07", e.getMessage());
    }
}
