package org.doorman.lock.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScheduleCodeTest {

    @Test
    void zeroIsRest() {
        assertEquals(ScheduleCode.Kind.REST, ScheduleCode.of(0).kind());
        assertSame(ScheduleCode.REST, ScheduleCode.of(0));
        assertFalse(ScheduleCode.REST.isShift());
    }

    @Test
    void oneToTwentyFourAreShifts() {
        for (int code = 1; code <= 24; code++) {
            ScheduleCode c = ScheduleCode.of(code);
            assertEquals(ScheduleCode.Kind.SHIFT, c.kind());
            assertEquals(code, c.shiftNumber());
            assertSame(c, ScheduleCode.shift(code));
        }
    }

    @Test
    void twentyFiveIsBusinessTripAndTwentySixIsLeave() {
        assertEquals(ScheduleCode.Kind.BUSINESS_TRIP, ScheduleCode.of(25).kind());
        assertEquals(ScheduleCode.Kind.LEAVE, ScheduleCode.of(26).kind());
        assertSame(ScheduleCode.BUSINESS_TRIP, ScheduleCode.of(25));
        assertSame(ScheduleCode.LEAVE, ScheduleCode.of(26));
    }

    @Test
    void codesOutsideZeroToTwentySixAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScheduleCode.of(27));
        assertTrue(e.getMessage().startsWith("schedule code must be 0 (rest), 1–24 (shift)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("got 27"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScheduleCode.of(-1));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleCode(99));
    }

    @Test
    void shiftFactoryOnlyTakesShiftNumbers() {
        assertThrows(IllegalArgumentException.class, () -> ScheduleCode.shift(0));
        assertThrows(IllegalArgumentException.class, () -> ScheduleCode.shift(25));
    }

    @Test
    void nonShiftDaysNameNoShift() {
        IllegalStateException e = assertThrows(IllegalStateException.class, ScheduleCode.LEAVE::shiftNumber);
        assertEquals("schedule code 26 (LEAVE) names no shift", e.getMessage());
    }

    @Test
    void codesCompareByValue() {
        assertEquals(new ScheduleCode(7), ScheduleCode.of(7));
        assertTrue(ScheduleCode.of(7).isShift());
    }
}
