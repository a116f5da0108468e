package org.doorman.lock.attendance;

import java.util.List;
import java.util.Objects;

/**
 * One person's day on one shift: a result per duty period and, when the shift has one, the overtime session.
 *
 * @param overtime {@code null} when the shift has no overtime session
 */
public record DayEvaluation(List<PeriodResult> periods, OvertimeResult overtime) {

    public DayEvaluation {
        Objects.requireNonNull(periods, "period results are required");
        periods = List.copyOf(periods);
        if (periods.isEmpty() || periods.size() > 2) {
            throw new IllegalArgumentException("a day has 1 or 2 duty periods, got " + periods.size());
        }
    }

    public DayStatus status() {
        int absent = 0;
        boolean abnormal = false;
        for (PeriodResult period : periods) {
            if (period.absent()) {
                absent++;
            }
            abnormal |= period.absent() || period.late() || period.earlyLeave();
        }
        if (absent == periods.size()) {
            return DayStatus.ABSENT;
        }
        return abnormal ? DayStatus.ABNORMAL : DayStatus.NORMAL;
    }

    // Plain loops, not streams: a month report for a building calls these a million times.
    public int lateMinutes() {
        int sum = 0;
        for (PeriodResult period : periods) {
            sum += period.lateMinutes();
        }
        return sum;
    }

    public int earlyLeaveMinutes() {
        int sum = 0;
        for (PeriodResult period : periods) {
            sum += period.earlyLeaveMinutes();
        }
        return sum;
    }

    /** Each absent period is half a day (seed 2.15). */
    public int absenceHalfDays() {
        int count = 0;
        for (PeriodResult period : periods) {
            count += period.absent() ? 1 : 0;
        }
        return count;
    }

    /** Seed 2.16: the day's hours are period 1's plus period 2's, each already cut to one decimal. */
    public Hours worked() {
        Hours sum = Hours.ZERO;
        for (PeriodResult period : periods) {
            sum = sum.plus(period.worked());
        }
        return sum;
    }

    public Hours overtimeHours() {
        return overtime == null ? Hours.ZERO : overtime.hours();
    }
}
