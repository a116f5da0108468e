package org.doorman.lock.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored instants become wall-clock punches in the building's zone, including on DST change days. */
class LocalPunchesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final YearMonth MARCH_2024 = YearMonth.of(2024, 3);

    private static MonthSchedule shiftOnDay(YearMonth month, int day, int shift) {
        int[] codes = new int[month.lengthOfMonth()];
        codes[day - 1] = shift;
        return MonthSchedule.of(month, codes);
    }

    @Test
    void instantsBecomeLocalTimesOfTheZone() {
        List<LocalDateTime> local = LocalPunches.toLocal(List.of(Instant.parse("2024-03-08T14:00:00Z")), NEW_YORK);
        assertEquals(List.of(LocalDateTime.parse("2024-03-08T09:00:00")), local);
    }

    @Test
    void anEveningPunchBelongsToTheLocalDayNotTheUtcDay() {
        Instant evening = Instant.parse("2024-03-11T03:30:00Z");
        assertEquals(LocalDateTime.parse("2024-03-10T23:30:00"), LocalPunches.toLocal(List.of(evening), NEW_YORK).get(0));
        assertEquals(LocalDateTime.parse("2024-03-11T03:30:00"),
                LocalPunches.toLocal(List.of(evening), ZoneOffset.UTC).get(0));
    }

    @Test
    void officeDayOnTheSpringForwardDayIsNormal() {
        // 2024-03-10: New York goes from 02:00 EST to 03:00 EDT; an office day after the change is unaffected.
        List<Instant> punches = List.of(Instant.parse("2024-03-10T13:00:00Z"), Instant.parse("2024-03-10T16:00:00Z"),
                Instant.parse("2024-03-10T18:00:00Z"), Instant.parse("2024-03-10T21:30:00Z"));
        MonthlyReportBuilder b = new MonthlyReportBuilder(List.of(ShiftTest.seedShift()));
        DayReport day = b.build(1, shiftOnDay(MARCH_2024, 10, 1), LocalPunches.toLocal(punches, NEW_YORK)).days().get(9);
        assertEquals(DayStatus.NORMAL, day.status());
        assertEquals(Hours.parse("6.5"), day.worked());
    }

    @Test
    void springForwardNightShiftIsJudgedOnTheWallClock_4_0HoursThoughOnly3Elapsed() {
        // 01:00 EST to 05:00 EDT is 3 real hours; the shift and the device both read the wall clock.
        Shift night = Shift.of(2, Period.of("01:00", "05:00"), null, null, 0);
        List<Instant> punches = List.of(Instant.parse("2024-03-10T06:00:00Z"), Instant.parse("2024-03-10T09:00:00Z"));
        List<LocalDateTime> local = LocalPunches.toLocal(punches, NEW_YORK);
        assertEquals(List.of(LocalDateTime.parse("2024-03-10T01:00"), LocalDateTime.parse("2024-03-10T05:00")), local);
        DayReport day = new MonthlyReportBuilder(List.of(night)).build(1, shiftOnDay(MARCH_2024, 10, 2), local).days().get(9);
        assertEquals(DayStatus.NORMAL, day.status());
        assertEquals(Hours.parse("4.0"), day.worked());
    }

    @Test
    void fallBackRepeatsTheHourSoTwoInstantsShareOneLocalTimeOnTheSameDay() {
        // 2024-11-03: 02:00 EDT falls back to 01:00 EST; 01:30 happens at 05:30Z and again at 06:30Z.
        List<LocalDateTime> local = LocalPunches.toLocal(
                List.of(Instant.parse("2024-11-03T05:30:00Z"), Instant.parse("2024-11-03T06:30:00Z")), NEW_YORK);
        assertEquals(local.get(0), local.get(1));
        assertEquals(LocalDateTime.parse("2024-11-03T01:30"), local.get(0));
        YearMonth november = YearMonth.of(2024, 11);
        Shift night = Shift.of(2, Period.of("01:00", "05:00"), null, null, 0);
        DayReport day = new MonthlyReportBuilder(List.of(night)).build(1, shiftOnDay(november, 3, 2), local).days().get(2);
        assertEquals(2, day.punchCount());
        assertEquals(DayStatus.ABSENT, day.status(), "one wall-clock time twice is a punch-in only");
    }

    @Test
    void nullArgumentsAreRefused() {
        assertThrows(NullPointerException.class, () -> LocalPunches.toLocal(null, NEW_YORK));
        assertThrows(NullPointerException.class, () -> LocalPunches.toLocal(List.of(), null));
    }
}
