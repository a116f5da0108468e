package org.doorman.lock.attendance;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** One person's month: a report for every calendar day and the totals of them. */
public record PersonMonthReport(int userId, YearMonth month, List<DayReport> days, MonthTotals totals) {

    public PersonMonthReport {
        if (userId < AttendanceUser.MIN_USER_ID || userId > AttendanceUser.MAX_USER_ID) {
            throw new IllegalArgumentException("user ID must be 1–99999999, got " + userId);
        }
        Objects.requireNonNull(month, "month is required");
        Objects.requireNonNull(days, "days are required");
        Objects.requireNonNull(totals, "totals are required");
        days = List.copyOf(days);
        if (days.size() != month.lengthOfMonth()) {
            throw new IllegalArgumentException(month + " has " + month.lengthOfMonth() + " days, got " + days.size());
        }
        for (int i = 0; i < days.size(); i++) {
            if (!days.get(i).date().equals(month.atDay(i + 1))) {
                throw new IllegalArgumentException("day " + (i + 1) + " of " + month + " holds " + days.get(i).date());
            }
        }
        if (!totals.equals(MonthTotals.of(days))) {
            throw new IllegalArgumentException("totals do not add up the days of user " + userId + " in " + month);
        }
    }

    public static PersonMonthReport of(int userId, YearMonth month, List<DayReport> days) {
        return new PersonMonthReport(userId, month, days, MonthTotals.of(days));
    }
}
