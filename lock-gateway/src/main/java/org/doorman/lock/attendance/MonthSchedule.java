package org.doorman.lock.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One calendar month of a person's or a department's schedule (seed 2.7.2): a code for every day. */
public record MonthSchedule(YearMonth month, List<ScheduleCode> codes) {

    public MonthSchedule {
        Objects.requireNonNull(month, "schedule month is required");
        Objects.requireNonNull(codes, "schedule codes are required");
        codes = List.copyOf(codes);
        if (codes.size() != month.lengthOfMonth()) {
            throw new IllegalArgumentException("schedule for " + month + " needs " + month.lengthOfMonth()
                    + " day codes, got " + codes.size());
        }
    }

    /** {@code codes[0]} is day 1 of the month. */
    public static MonthSchedule of(YearMonth month, int... codes) {
        return new MonthSchedule(month, Arrays.stream(codes).mapToObj(ScheduleCode::of).toList());
    }

    /** An unset calendar is rest every day: the seed's calendar leaves rest days blank. */
    public static MonthSchedule allRest(YearMonth month) {
        return new MonthSchedule(month, Collections.nCopies(month.lengthOfMonth(), ScheduleCode.REST));
    }

    public ScheduleCode codeOn(LocalDate date) {
        if (!YearMonth.from(date).equals(month)) {
            throw new IllegalArgumentException(date + " is not in the schedule's month " + month);
        }
        return codes.get(date.getDayOfMonth() - 1);
    }

    /**
     * The schedule a person follows (seed 2.5.1.1, Schedule Mode): their own, or their department's.
     *
     * @param personal     the person's own schedule, {@code null} if none was set
     * @param byDepartment department schedules by department id; absent ones were never set
     */
    public static MonthSchedule forUser(AttendanceUser user, YearMonth month, MonthSchedule personal,
                                        Map<Integer, MonthSchedule> byDepartment) {
        Objects.requireNonNull(user, "user is required");
        Objects.requireNonNull(byDepartment, "department schedules are required (may be empty)");
        MonthSchedule chosen = user.scheduleMode() == ScheduleMode.PERSONAL
                ? personal : byDepartment.get(user.departmentId());
        if (chosen == null) {
            return allRest(month);
        }
        if (!chosen.month().equals(month)) {
            throw new IllegalArgumentException("user " + user.userId() + ": schedule is for " + chosen.month()
                    + ", not " + month);
        }
        return chosen;
    }
}
