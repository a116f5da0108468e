package org.doorman.lock.attendance;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One person's day in a month report.
 *
 * @param punchCount every punch of the day, also on days that are not judged (rest, leave, …)
 * @param evaluation the rules' result on a judged shift day, otherwise {@code null}
 */
public record DayReport(LocalDate date, ScheduleCode code, DayStatus status, int punchCount, DayEvaluation evaluation) {

    private static final Set<DayStatus> JUDGED = EnumSet.of(DayStatus.NORMAL, DayStatus.ABNORMAL, DayStatus.ABSENT);

    public DayReport {
        Objects.requireNonNull(date, "date is required");
        Objects.requireNonNull(code, "schedule code is required");
        Objects.requireNonNull(status, "status is required");
        if (punchCount < 0) {
            throw new IllegalArgumentException("punch count cannot be negative, got " + punchCount);
        }
        if (evaluation != null && evaluation.status() != status) {
            throw new IllegalArgumentException(date + ": status " + status + " disagrees with the evaluation's "
                    + evaluation.status());
        }
        if ((evaluation != null) != JUDGED.contains(status)) {
            throw new IllegalArgumentException(date + ": a " + status + " day "
                    + (evaluation == null ? "needs" : "cannot have") + " an evaluation");
        }
        if (!fits(code, status)) {
            throw new IllegalArgumentException(date + ": status " + status + " does not fit schedule code " + code.code());
        }
    }

    private static boolean fits(ScheduleCode code, DayStatus status) {
        return switch (code.kind()) {
            case REST -> status == DayStatus.REST;
            case BUSINESS_TRIP -> status == DayStatus.BUSINESS_TRIP;
            case LEAVE -> status == DayStatus.LEAVE;
            case SHIFT -> JUDGED.contains(status) || status == DayStatus.NO_SHIFT || status == DayStatus.PENDING;
        };
    }

    public int lateMinutes() {
        return evaluation == null ? 0 : evaluation.lateMinutes();
    }

    public int earlyLeaveMinutes() {
        return evaluation == null ? 0 : evaluation.earlyLeaveMinutes();
    }

    public int absenceHalfDays() {
        return evaluation == null ? 0 : evaluation.absenceHalfDays();
    }

    public Hours worked() {
        return evaluation == null ? Hours.ZERO : evaluation.worked();
    }

    public Hours overtime() {
        return evaluation == null ? Hours.ZERO : evaluation.overtimeHours();
    }
}
