package org.doorman.lock.attendance;

import java.math.BigDecimal;
import java.util.List;

/**
 * One person's month added up. Counts of late and early leave are per period, so a day late in both
 * periods counts twice, as its minutes do.
 */
public record MonthTotals(int normalDays, int abnormalDays, int absentDays, int restDays, int businessTripDays,
                          int leaveDays, int noShiftDays, int pendingDays, int lateCount, int lateMinutes,
                          int earlyLeaveCount, int earlyLeaveMinutes, int absenceHalfDays, Hours worked,
                          Hours overtime) {

    public static MonthTotals of(List<DayReport> days) {
        int[] byStatus = new int[DayStatus.values().length];
        int lateCount = 0;
        int late = 0;
        int earlyCount = 0;
        int early = 0;
        int absence = 0;
        int workedTenths = 0;
        int overtimeTenths = 0;
        for (DayReport day : days) {
            byStatus[day.status().ordinal()]++;
            if (day.evaluation() == null) {
                continue;
            }
            for (PeriodResult period : day.evaluation().periods()) {
                lateCount += period.late() ? 1 : 0;
                earlyCount += period.earlyLeave() ? 1 : 0;
            }
            late += day.lateMinutes();
            early += day.earlyLeaveMinutes();
            absence += day.absenceHalfDays();
            workedTenths += day.worked().tenths();
            overtimeTenths += day.overtime().tenths();
        }
        return new MonthTotals(byStatus[DayStatus.NORMAL.ordinal()], byStatus[DayStatus.ABNORMAL.ordinal()],
                byStatus[DayStatus.ABSENT.ordinal()], byStatus[DayStatus.REST.ordinal()],
                byStatus[DayStatus.BUSINESS_TRIP.ordinal()], byStatus[DayStatus.LEAVE.ordinal()],
                byStatus[DayStatus.NO_SHIFT.ordinal()], byStatus[DayStatus.PENDING.ordinal()], lateCount, late,
                earlyCount, early, absence, new Hours(workedTenths), new Hours(overtimeTenths));
    }

    /** Days the rules judged: normal, abnormal and absent. */
    public int judgedDays() {
        return normalDays + abnormalDays + absentDays;
    }

    /** Absence in days, each absent period being half a day (seed 2.15). */
    public BigDecimal absenceDays() {
        return BigDecimal.valueOf(absenceHalfDays * 5L, 1);
    }
}
