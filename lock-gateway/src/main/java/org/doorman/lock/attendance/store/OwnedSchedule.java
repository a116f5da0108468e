package org.doorman.lock.attendance.store;

import java.util.Objects;
import org.doorman.lock.attendance.MonthSchedule;

/** A month of schedule codes with whose it is. */
public record OwnedSchedule(ScheduleOwner owner, MonthSchedule schedule) {
    public OwnedSchedule {
        Objects.requireNonNull(owner, "schedule owner is required");
        Objects.requireNonNull(schedule, "schedule is required");
    }
}
