package org.doorman.lock.attendance.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The monthly attendance report (seed 2.6.2 "Monthly ATT. Report", rules of 2.15 and 2.16): per person
 * per day and per-person totals, as the API sends it. docs/attendance.md documents these field names;
 * keep them stable. Hours and days are decimals with one place.
 *
 * @param evaluatedThrough shift days after this date are PENDING; null when every day is judged
 */
public record ReportView(String month, String zone, String evaluatedThrough, List<Person> people) {

    /** One person's month. */
    public record Person(int userId, String name, int departmentId, String department, List<Day> days,
                         Totals totals) {
    }

    /**
     * One day. {@code periods} and {@code overtime} are empty / null on days the rules do not judge.
     *
     * @param code   the schedule code: 0 rest, 1–24 shift, 25 business trip, 26 leave
     * @param status NORMAL, ABNORMAL, ABSENT, REST, BUSINESS_TRIP, LEAVE, NO_SHIFT or PENDING
     */
    public record Day(String date, String weekday, int code, String status, int punches, int lateMinutes,
                      int earlyLeaveMinutes, BigDecimal absenceDays, BigDecimal workedHours,
                      BigDecimal overtimeHours, List<PeriodResult> periods, Overtime overtime) {
    }

    /** A duty period: its times, its punch window, the effective punches (null when missing). */
    public record PeriodResult(String period, String window, String punchIn, String punchOut, boolean absent,
                               int lateMinutes, int earlyLeaveMinutes, BigDecimal workedHours) {
    }

    /** The overtime session of a judged day. */
    public record Overtime(String session, String window, String punchIn, String punchOut, BigDecimal hours) {
    }

    /** The month added up; late and early-leave counts are per period. */
    public record Totals(int normalDays, int abnormalDays, int absentDays, int restDays, int businessTripDays,
                         int leaveDays, int noShiftDays, int pendingDays, int lateCount, int lateMinutes,
                         int earlyLeaveCount, int earlyLeaveMinutes, BigDecimal absenceDays,
                         BigDecimal workedHours, BigDecimal overtimeHours) {
    }
}
