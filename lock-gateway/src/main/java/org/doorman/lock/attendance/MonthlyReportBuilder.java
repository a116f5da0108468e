package org.doorman.lock.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Builds a person's month report (every day and the totals) from their schedule, the shifts and their
 * punches. Pure and allocation-light, since it runs for every person of a building each month.
 */
public final class MonthlyReportBuilder {

    private final DayEvaluator[] byShiftNumber = new DayEvaluator[Shift.MAX_NUMBER + 1];

    /** @param shifts the configured shifts, at most one per number */
    public MonthlyReportBuilder(Collection<Shift> shifts) {
        Objects.requireNonNull(shifts, "shifts are required");
        for (Shift shift : shifts) {
            if (byShiftNumber[shift.number()] != null) {
                throw new IllegalArgumentException("shift " + shift.number() + " is configured twice");
            }
            byShiftNumber[shift.number()] = new DayEvaluator(shift);
        }
    }

    /** Judges every day of the schedule's month. */
    public PersonMonthReport build(int userId, MonthSchedule schedule, Collection<LocalDateTime> punches) {
        return build(userId, schedule, punches, null);
    }

    /**
     * @param punches           the person's punches in local time, in any order; those outside the month are ignored
     * @param evaluatedThrough  shift days after this date are {@link DayStatus#PENDING}, so that a report in the
     *                          middle of the month does not count the days to come as absent; {@code null} judges all
     */
    public PersonMonthReport build(int userId, MonthSchedule schedule, Collection<LocalDateTime> punches,
                                   LocalDate evaluatedThrough) {
        Objects.requireNonNull(schedule, "schedule is required");
        Objects.requireNonNull(punches, "punches are required");
        YearMonth month = schedule.month();
        int length = month.lengthOfMonth();
        int[] dayStart = new int[length + 2];
        int[] seconds = secondsByDay(month, punches, dayStart);
        List<DayReport> days = new ArrayList<>(length);
        for (int day = 1; day <= length; day++) {
            LocalDate date = month.atDay(day);
            boolean pending = evaluatedThrough != null && date.isAfter(evaluatedThrough);
            days.add(dayReport(date, schedule.codes().get(day - 1), pending, seconds, dayStart[day], dayStart[day + 1]));
        }
        return PersonMonthReport.of(userId, month, days);
    }

    private DayReport dayReport(LocalDate date, ScheduleCode code, boolean pending, int[] seconds, int from, int to) {
        int count = to - from;
        return switch (code.kind()) {
            // Punches on a day off are kept in the count but not judged: the seed has no rule for them.
            case REST -> new DayReport(date, code, DayStatus.REST, count, null);
            case BUSINESS_TRIP -> new DayReport(date, code, DayStatus.BUSINESS_TRIP, count, null);
            case LEAVE -> new DayReport(date, code, DayStatus.LEAVE, count, null);
            case SHIFT -> {
                if (pending) {
                    yield new DayReport(date, code, DayStatus.PENDING, count, null);
                }
                DayEvaluator evaluator = byShiftNumber[code.shiftNumber()];
                if (evaluator == null) {
                    yield new DayReport(date, code, DayStatus.NO_SHIFT, count, null);
                }
                DayEvaluation evaluation = evaluator.evaluateSorted(seconds, from, to);
                yield new DayReport(date, code, evaluation.status(), count, evaluation);
            }
        };
    }

    /**
     * Seconds of the day of the month's punches, grouped by day (a counting sort) and sorted within each
     * day; day d's punches are {@code [dayStart[d], dayStart[d + 1])}.
     */
    private static int[] secondsByDay(YearMonth month, Collection<LocalDateTime> punches, int[] dayStart) {
        int year = month.getYear();
        int monthValue = month.getMonthValue();
        for (LocalDateTime punch : punches) {
            if (punch.getYear() == year && punch.getMonthValue() == monthValue) {
                dayStart[punch.getDayOfMonth() + 1]++;
            }
        }
        for (int d = 1; d < dayStart.length; d++) {
            dayStart[d] += dayStart[d - 1];
        }
        int[] seconds = new int[dayStart[dayStart.length - 1]];
        int[] next = Arrays.copyOf(dayStart, dayStart.length);
        for (LocalDateTime punch : punches) {
            if (punch.getYear() == year && punch.getMonthValue() == monthValue) {
                seconds[next[punch.getDayOfMonth()]++] = punch.toLocalTime().toSecondOfDay();
            }
        }
        for (int d = 1; d < dayStart.length - 1; d++) {
            Arrays.sort(seconds, dayStart[d], dayStart[d + 1]);
        }
        return seconds;
    }
}
