package org.doorman.lock.attendance.store;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.ClockSettings;
import org.doorman.lock.attendance.ClockStatus;
import org.doorman.lock.attendance.EventMode;
import org.doorman.lock.attendance.StateSwitch;
import org.doorman.lock.io.Choices;

/**
 * The clock settings (seed 2.11.2, 2.11.5, 2.11.6) as the API carries them; on change a missing field
 * keeps its value. docs/attendance.md documents these field names; keep them stable.
 *
 * @param zone only in answers: the wall-clock zone punches are judged in (the server's)
 */
public record SettingsSpec(Integer recheckIntervalMinutes, String eventMode, String fixedStatus,
                           List<Switch> stateSwitches, Integer keepDoorOpenSeconds, String zone) {

    /** One state switch row: from this HH:MM on, punches default to this status. */
    public record Switch(String time, String status) {
    }

    public static SettingsSpec of(ClockSettings s, String zone) {
        return new SettingsSpec(s.recheckIntervalMinutes(), s.mode().name(),
                s.fixedStatus() == null ? null : s.fixedStatus().name(),
                s.stateSwitches().stream().map(r -> new Switch(r.time().toString(), r.status().name())).toList(),
                s.keepDoorOpenSeconds(), zone);
    }

    public ClockSettings applyTo(ClockSettings old) {
        EventMode mode = eventMode == null ? old.mode() : Choices.parse(EventMode.class, "eventMode", eventMode);
        ClockStatus fixed = fixedStatus == null ? old.fixedStatus()
                : fixedStatus.isEmpty() ? null : Choices.parse(ClockStatus.class, "fixedStatus", fixedStatus);
        List<StateSwitch> rows = stateSwitches == null ? old.stateSwitches() : switches();
        int keepOpen = keepDoorOpenSeconds == null ? old.keepDoorOpenSeconds() : keepDoorOpenSeconds;
        if (keepOpen < 0 || keepOpen > ClockSettings.MAX_KEEP_DOOR_OPEN_SECONDS) {
            throw RefusedException.invalid("keepDoorOpenSeconds", "keepDoorOpenSeconds must be 0–"
                    + ClockSettings.MAX_KEEP_DOOR_OPEN_SECONDS + " (seconds the door is held open after a clock event;"
                    + " 0 opens nothing), got " + keepOpen);
        }
        try {
            return new ClockSettings(recheckIntervalMinutes == null ? old.recheckIntervalMinutes()
                    : recheckIntervalMinutes, mode, fixed, rows, keepOpen);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid(null, e.getMessage());
        }
    }

    private List<StateSwitch> switches() {
        List<StateSwitch> rows = new ArrayList<>();
        for (Switch s : stateSwitches) {
            LocalTime time;
            try {
                time = LocalTime.parse(s.time() == null ? "" : s.time());
            } catch (DateTimeParseException e) {
                throw RefusedException.invalid("stateSwitches", "state switch time must be HH:MM, got '" + s.time() + "'");
            }
            try {
                rows.add(new StateSwitch(time, Choices.parse(ClockStatus.class, "stateSwitches", s.status())));
            } catch (IllegalArgumentException e) {
                throw RefusedException.invalid("stateSwitches", e.getMessage());
            }
        }
        return rows;
    }
}
