package org.doorman.lock.attendance;

import java.time.LocalTime;
import java.util.Objects;

/** One row of the state switch table (seed 2.11.6): from this minute on, clock events default to this status. */
public record StateSwitch(LocalTime time, ClockStatus status) {

    public StateSwitch {
        Objects.requireNonNull(time, "state switch time is required");
        // The device's NULL rows are simply left out of the table rather than stored with no status.
        Objects.requireNonNull(status, "state switch status is required (leave unused rows out)");
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("state switch time must be whole minutes (HH:MM), got " + time);
        }
    }

    public static StateSwitch of(String time, ClockStatus status) {
        return new StateSwitch(LocalTime.parse(time), status);
    }
}
