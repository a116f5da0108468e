package org.doorman.lock.attendance;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The device features that decide a clock event's outcome (seed 2.11.2, 2.11.5, 2.11.6).
 *
 * @param fixedStatus         required in {@link EventMode#FIXED}, otherwise kept but unused
 * @param stateSwitches       at most 24 rows with distinct times, stored in time order
 * @param keepDoorOpenSeconds Keep Door Open for (sec), 0–600: how long the door is held open after a
 *                            successful clock event at it; 0 opens nothing
 */
public record ClockSettings(int recheckIntervalMinutes, EventMode mode, ClockStatus fixedStatus,
                            List<StateSwitch> stateSwitches, int keepDoorOpenSeconds) {

    public static final int MAX_RECHECK_INTERVAL_MINUTES = 9;
    public static final int MAX_STATE_SWITCHES = 24;
    public static final int MAX_KEEP_DOOR_OPEN_SECONDS = 600;

    /** Settings that open no door after a clock event (Keep Door Open 0 s, the default). */
    public ClockSettings(int recheckIntervalMinutes, EventMode mode, ClockStatus fixedStatus,
                         List<StateSwitch> stateSwitches) {
        this(recheckIntervalMinutes, mode, fixedStatus, stateSwitches, 0);
    }

    public ClockSettings {
        if (keepDoorOpenSeconds < 0 || keepDoorOpenSeconds > MAX_KEEP_DOOR_OPEN_SECONDS) {
            throw new IllegalArgumentException("keep door open must be 0–" + MAX_KEEP_DOOR_OPEN_SECONDS
                    + " seconds, got " + keepDoorOpenSeconds);
        }
        if (recheckIntervalMinutes < 0 || recheckIntervalMinutes > MAX_RECHECK_INTERVAL_MINUTES) {
            throw new IllegalArgumentException("recheck interval must be 0–" + MAX_RECHECK_INTERVAL_MINUTES
                    + " minutes, got " + recheckIntervalMinutes);
        }
        Objects.requireNonNull(mode, "attendance event mode is required (AUTO_MANUAL, FORCED or FIXED)");
        if (mode == EventMode.FIXED && fixedStatus == null) {
            throw new IllegalArgumentException("fixed mode needs a fixed status (one of "
                    + List.of(ClockStatus.values()) + ")");
        }
        stateSwitches = sortedDistinct(stateSwitches);
    }

    private static List<StateSwitch> sortedDistinct(List<StateSwitch> rows) {
        Objects.requireNonNull(rows, "state switches are required (may be an empty list)");
        if (rows.size() > MAX_STATE_SWITCHES) {
            throw new IllegalArgumentException("at most " + MAX_STATE_SWITCHES + " state switch times, got " + rows.size());
        }
        Set<LocalTime> seen = new HashSet<>();
        for (StateSwitch row : rows) {
            Objects.requireNonNull(row, "state switch rows cannot be null");
            if (!seen.add(row.time())) {
                throw new IllegalArgumentException("state switch time " + row.time() + " is listed twice");
            }
        }
        List<StateSwitch> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(StateSwitch::time));
        return List.copyOf(sorted);
    }
}
