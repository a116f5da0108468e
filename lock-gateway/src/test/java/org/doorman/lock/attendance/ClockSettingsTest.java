package org.doorman.lock.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockSettingsTest {

    @Test
    void recheckIntervalIsZeroToNine() {
        for (int minutes = 0; minutes <= 9; minutes++) {
            assertEquals(minutes, new ClockSettings(minutes, EventMode.AUTO_MANUAL, null, List.of()).recheckIntervalMinutes());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClockSettings(10, EventMode.AUTO_MANUAL, null, List.of()));
        assertEquals("recheck interval must be 0–9 minutes, got 10", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClockSettings(-1, EventMode.AUTO_MANUAL, null, List.of()));
    }

    @Test
    void keepDoorOpenIsZeroToSixHundredSecondsAndZeroByDefault() {
        assertEquals(0, new ClockSettings(3, EventMode.AUTO_MANUAL, null, List.of()).keepDoorOpenSeconds());
        assertEquals(600, new ClockSettings(3, EventMode.AUTO_MANUAL, null, List.of(), 600).keepDoorOpenSeconds());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClockSettings(3, EventMode.AUTO_MANUAL, null, List.of(), 601));
        assertEquals("keep door open must be 0–600 seconds, got 601", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClockSettings(3, EventMode.AUTO_MANUAL, null, List.of(), -1));
    }

    @Test
    void fixedModeNeedsAFixedStatus() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClockSettings(3, EventMode.FIXED, null, List.of()));
        assertTrue(e.getMessage().startsWith("fixed mode needs a fixed status"), e.getMessage());
        assertEquals(ClockStatus.OT_IN, new ClockSettings(3, EventMode.FIXED, ClockStatus.OT_IN, List.of()).fixedStatus());
    }

    @Test
    void modeIsRequired() {
        assertThrows(NullPointerException.class, () -> new ClockSettings(3, null, null, List.of()));
    }

    @Test
    void upToTwentyFourStateSwitchTimes() {
        List<StateSwitch> rows = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            rows.add(new StateSwitch(LocalTime.of(hour, 0), ClockStatus.CHECK_IN));
        }
        assertEquals(24, new ClockSettings(0, EventMode.AUTO_MANUAL, null, rows).stateSwitches().size());
        rows.add(new StateSwitch(LocalTime.of(23, 30), ClockStatus.CHECK_OUT));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClockSettings(0, EventMode.AUTO_MANUAL, null, rows));
        assertEquals("at most 24 state switch times, got 25", e.getMessage());
    }

    @Test
    void stateSwitchTimesMustBeDistinctAndAreKeptInTimeOrder() {
        ClockSettings s = new ClockSettings(0, EventMode.AUTO_MANUAL, null, List.of(
                StateSwitch.of("17:30", ClockStatus.CHECK_OUT), StateSwitch.of("08:00", ClockStatus.CHECK_IN)));
        assertEquals(LocalTime.of(8, 0), s.stateSwitches().get(0).time());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClockSettings(0, EventMode.AUTO_MANUAL, null, List.of(
                        StateSwitch.of("08:00", ClockStatus.CHECK_IN), StateSwitch.of("08:00", ClockStatus.BREAK_IN))));
        assertEquals("state switch time 08:00 is listed twice", e.getMessage());
    }

    @Test
    void stateSwitchNeedsATimeInWholeMinutesAndAStatus() {
        assertThrows(NullPointerException.class, () -> new StateSwitch(null, ClockStatus.CHECK_IN));
        assertThrows(NullPointerException.class, () -> new StateSwitch(LocalTime.NOON, null));
        assertThrows(IllegalArgumentException.class, () -> new StateSwitch(LocalTime.of(8, 0, 1), ClockStatus.CHECK_IN));
    }

    @Test
    void decisionHasAStatusExactlyWhenAccepted() {
        assertTrue(ClockDecision.accepted(ClockStatus.BREAK_OUT).isAccepted());
        assertFalse(ClockDecision.REPEAT.isAccepted());
        assertThrows(IllegalArgumentException.class,
                () -> new ClockDecision(ClockDecision.Outcome.ACCEPTED, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ClockDecision(ClockDecision.Outcome.REPEAT, ClockStatus.CHECK_IN));
    }
}
