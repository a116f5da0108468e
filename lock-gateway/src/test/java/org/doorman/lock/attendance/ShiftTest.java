package org.doorman.lock.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShiftTest {

    static final Period P1 = Period.of("09:00", "12:00");
    static final Period P2 = Period.of("14:00", "17:30");
    static final Period OT = Period.of("18:45", "20:00");

    /** Table 2-13 of the seed. */
    static Shift seedShift() {
        return Shift.of(1, P1, P2, OT, 5);
    }

    @Test
    void seedExampleShiftListsItsSessionsInDayOrder() {
        Shift s = seedShift();
        assertEquals(List.of(P1, P2), s.dutyPeriods());
        assertEquals(Optional.of(OT), s.overtimeSession());
        assertEquals(List.of(P1, P2, OT), s.sessions());
        assertEquals(5, s.lateInAllowanceMinutes());
        assertEquals(5, s.earlyOutAllowanceMinutes());
    }

    @Test
    void onePeriodShiftWithoutOvertime() {
        Shift s = new Shift(2, Period.of("08:00", "17:00"), null, null, 0, 10);
        assertEquals(List.of(Period.of("08:00", "17:00")), s.dutyPeriods());
        assertEquals(Optional.empty(), s.overtimeSession());
        assertEquals(1, s.sessions().size());
        assertEquals(10, s.earlyOutAllowanceMinutes());
    }

    @Test
    void shiftNumberIsOneToTwentyFour() {
        assertEquals(24, Shift.of(24, P1, null, null, 0).number());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shift.of(0, P1, null, null, 0));
        assertEquals("shift number must be 1–24, got 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Shift.of(25, P1, null, null, 0));
    }

    @Test
    void dutyT1IsRequired() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Shift.of(3, null, P2, null, 0));
        assertEquals("shift 3: Duty T1 is required", e.getMessage());
    }

    @Test
    void dutyPeriodsCannotOverlap() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shift.of(1, Period.of("09:00", "14:30"), P2, null, 5));
        assertTrue(e.getMessage().contains("cannot overlap"), e.getMessage());
    }

    @Test
    void dutyT2BeforeDutyT1IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Shift.of(1, P2, P1, null, 5));
    }

    @Test
    void touchingDutyPeriodsAreAllowed() {
        Shift s = Shift.of(1, Period.of("08:00", "12:00"), Period.of("12:00", "16:00"), null, 0);
        assertEquals(2, s.dutyPeriods().size());
    }

    @Test
    void overtimeMustComeAfterTheLastDutyPeriod() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shift.of(1, P1, P2, Period.of("17:00", "19:00"), 5));
        assertTrue(e.getMessage().contains("overtime session 17:00–19:00"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Shift.of(1, P1, null, Period.of("11:00", "13:00"), 5));
        assertEquals(OT, Shift.of(1, P1, null, OT, 5).overtime());
    }

    @Test
    void allowancesAreZeroToSixtyMinutes() {
        assertEquals(60, new Shift(1, P1, null, null, 60, 0).lateInAllowanceMinutes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Shift(1, P1, null, null, -1, 0));
        assertEquals("shift 1: late-in allowance must be 0–60 minutes, got -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Shift(1, P1, null, null, 0, 61));
        assertEquals("shift 1: early-out allowance must be 0–60 minutes, got 61", e.getMessage());
    }
}
