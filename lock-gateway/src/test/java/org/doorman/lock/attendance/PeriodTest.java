package org.doorman.lock.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesHoursAndMinutesAndMeasuresLength() {
        Period p = Period.of("09:00", "12:00");
        assertEquals(LocalTime.of(9, 0), p.start());
        assertEquals(9 * 3600, p.startSecond());
        assertEquals(12 * 3600, p.endSecond());
        assertEquals(180, p.lengthMinutes());
        assertEquals("09:00–12:00", p.toString());
    }

    @Test
    void endMustBeAfterStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.of("12:00", "12:00"));
        assertTrue(e.getMessage().contains("must be after start"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Period.of("12:00", "09:00"));
    }

    @Test
    void periodCannotCrossMidnight() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.of("22:00", "06:00"));
        assertTrue(e.getMessage().contains("cannot cross midnight"), e.getMessage());
    }

    @Test
    void secondsAreRefusedBecauseShiftsAreSetInWholeMinutes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Period(LocalTime.of(9, 0, 30), LocalTime.of(12, 0)));
        assertTrue(e.getMessage().contains("start must be whole minutes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new Period(LocalTime.of(9, 0), LocalTime.of(12, 0, 0, 1)));
        assertTrue(e.getMessage().contains("end must be whole minutes"), e.getMessage());
    }

    @Test
    void nullTimesAreRefusedWithTheFieldName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Period(null, LocalTime.NOON));
        assertEquals("period start is required", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> new Period(LocalTime.NOON, null));
        assertEquals("period end is required", e.getMessage());
    }

    @Test
    void touchingPeriodsDoNotOverlapButSharedMinutesDo() {
        assertFalse(Period.of("09:00", "12:00").overlaps(Period.of("12:00", "14:00")));
        assertTrue(Period.of("09:00", "12:01").overlaps(Period.of("12:00", "14:00")));
        assertTrue(Period.of("13:00", "15:00").overlaps(Period.of("09:00", "18:00")));
    }

    @Test
    void lastMinuteOfTheDayIsAllowed() {
        assertEquals(1, Period.of("23:58", "23:59").lengthMinutes());
    }
}
