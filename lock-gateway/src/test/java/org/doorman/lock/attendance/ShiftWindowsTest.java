package org.doorman.lock.attendance;

import static org.doorman.lock.attendance.Times.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftWindowsTest {

    private static Shift shift(String p1s, String p1e, String p2s, String p2e) {
        return Shift.of(1, Period.of(p1s, p1e), Period.of(p2s, p2e), null, 5);
    }

    @Test
    void seedEvenGapOf120MinutesGivesPeriod1OutUntil12_59AndPeriod2InFrom13_00() {
        List<Window> w = ShiftWindows.of(ShiftTest.seedShift());
        assertEquals(t("12:59:59"), w.get(0).last());
        assertEquals(t("13:00"), w.get(1).first());
    }

    @Test
    void seedOddGapOf75MinutesGivesPeriod2OutUntil18_07AndOvertimeInFrom18_08() {
        List<Window> w = ShiftWindows.of(ShiftTest.seedShift());
        assertEquals(t("18:07:59"), w.get(1).last());
        assertEquals(t("18:08"), w.get(2).first());
    }

    @Test
    void table2_14FirstPeriodPunchInStartsAtMidnightAndLastWindowEndsAtMidnight() {
        List<Window> w = ShiftWindows.of(ShiftTest.seedShift());
        assertEquals(3, w.size());
        assertEquals(0, w.get(0).fromSecond());
        assertEquals(t("0:00"), w.get(0).first());
        assertEquals(Window.SECONDS_PER_DAY, w.get(2).toSecond());
        assertEquals(t("23:59:59"), w.get(2).last());
    }

    @Test
    void windowsCoverTheWholeDayWithoutGapsOrOverlap() {
        List<Window> w = ShiftWindows.of(ShiftTest.seedShift());
        assertEquals(w.get(0).toSecond(), w.get(1).fromSecond());
        assertEquals(w.get(1).toSecond(), w.get(2).fromSecond());
    }

    @Test
    void withoutOvertimeThePeriod2WindowRunsToMidnight() {
        List<Window> w = ShiftWindows.of(shift("09:00", "12:00", "14:00", "17:30"));
        assertEquals(2, w.size());
        assertEquals(t("23:59:59"), w.get(1).last());
    }

    @Test
    void onePeriodShiftOwnsTheWholeDay() {
        List<Window> w = ShiftWindows.of(Shift.of(1, Period.of("08:00", "17:00"), null, null, 0));
        assertEquals(List.of(new Window(0, Window.SECONDS_PER_DAY)), w);
    }

    @Test
    void touchingPeriodsDivideExactlyAtTheSharedMinute() {
        List<Window> w = ShiftWindows.of(shift("08:00", "12:00", "12:00", "16:00"));
        assertEquals(t("11:59:59"), w.get(0).last());
        assertEquals(t("12:00"), w.get(1).first());
    }

    @Test
    void oneMinuteGapGoesToTheEarlierPeriod() {
        List<Window> w = ShiftWindows.of(shift("08:00", "12:00", "12:01", "16:00"));
        assertEquals(t("12:00:59"), w.get(0).last());
        assertEquals(t("12:01"), w.get(1).first());
    }

    @Test
    void threeMinuteGapGivesTheEarlierPeriodTwoMinutes() {
        assertEquals(t("12:02").toSecondOfDay(),
                ShiftWindows.division(Period.of("08:00", "12:00"), Period.of("12:03", "16:00")));
    }

    @Test
    void twoMinuteGapSplitsEvenly() {
        assertEquals(t("12:01").toSecondOfDay(),
                ShiftWindows.division(Period.of("08:00", "12:00"), Period.of("12:02", "16:00")));
    }

    @Test
    void divisionRefusesOverlappingSessions() {
        assertThrows(IllegalArgumentException.class,
                () -> ShiftWindows.division(Period.of("08:00", "13:00"), Period.of("12:00", "16:00")));
    }

    @Test
    void windowContainsItsFirstSecondButNotItsEnd() {
        Window w = new Window(t("13:00").toSecondOfDay(), t("18:08").toSecondOfDay());
        assertTrue(w.contains(t("13:00")));
        assertTrue(w.contains(t("18:07:59")));
        assertFalse(w.contains(t("18:08")));
        assertFalse(w.contains(t("12:59:59")));
        assertEquals("13:00–18:07:59", w.toString());
    }

    @Test
    void windowBoundsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Window(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new Window(10, 10));
        assertThrows(IllegalArgumentException.class, () -> new Window(0, Window.SECONDS_PER_DAY + 1));
    }
}
