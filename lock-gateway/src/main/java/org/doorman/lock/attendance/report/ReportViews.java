package org.doorman.lock.attendance.report;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorman.lock.attendance.DayEvaluation;
import org.doorman.lock.attendance.DayReport;
import org.doorman.lock.attendance.MonthTotals;
import org.doorman.lock.attendance.OvertimeResult;
import org.doorman.lock.attendance.Period;
import org.doorman.lock.attendance.PersonMonthReport;
import org.doorman.lock.attendance.Window;
import org.doorman.lock.attendance.store.ShiftSpec;

/** Turns the engine's results into the report's JSON shape; no rule is applied here, only copied. */
final class ReportViews {
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ReportViews() {
    }

    static ReportView.Person person(int userId, String name, int departmentId, String department,
                                    PersonMonthReport report) {
        List<ReportView.Day> days = new ArrayList<>(report.days().size());
        for (DayReport day : report.days()) {
            days.add(day(day));
        }
        return new ReportView.Person(userId, name, departmentId, department, days, totals(report.totals()));
    }

    static ReportView.Day day(DayReport day) {
        DayEvaluation evaluation = day.evaluation();
        List<ReportView.PeriodResult> periods = List.of();
        ReportView.Overtime overtime = null;
        if (evaluation != null) {
            periods = new ArrayList<>(evaluation.periods().size());
            for (org.doorman.lock.attendance.PeriodResult p : evaluation.periods()) {
                periods.add(new ReportView.PeriodResult(span(p.period()), window(p.window()), time(p.punchIn()),
                        time(p.punchOut()), p.absent(), p.lateMinutes(), p.earlyLeaveMinutes(),
                        p.worked().toBigDecimal()));
            }
            overtime = overtime(evaluation.overtime());
        }
        return new ReportView.Day(day.date().toString(),
                day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), day.code().code(),
                day.status().name(), day.punchCount(), day.lateMinutes(), day.earlyLeaveMinutes(),
                halfDays(day.absenceHalfDays()), day.worked().toBigDecimal(), day.overtime().toBigDecimal(),
                periods, overtime);
    }

    static ReportView.Totals totals(MonthTotals t) {
        return new ReportView.Totals(t.normalDays(), t.abnormalDays(), t.absentDays(), t.restDays(),
                t.businessTripDays(), t.leaveDays(), t.noShiftDays(), t.pendingDays(), t.lateCount(),
                t.lateMinutes(), t.earlyLeaveCount(), t.earlyLeaveMinutes(), t.absenceDays(),
                t.worked().toBigDecimal(), t.overtime().toBigDecimal());
    }

    private static ReportView.Overtime overtime(OvertimeResult o) {
        return o == null ? null : new ReportView.Overtime(span(o.session()), window(o.window()), time(o.punchIn()),
                time(o.punchOut()), o.hours().toBigDecimal());
    }

    /** Seed 2.15: each absent period is half a day. */
    private static BigDecimal halfDays(int halfDays) {
        return BigDecimal.valueOf(halfDays * 5L, 1);
    }

    static String span(Period p) {
        return p.start() + "-" + p.end();
    }

    private static String window(Window w) {
        return ShiftSpec.window(w);
    }

    /** Punch times to the second, as the seed's Table 2-14 counts them. */
    static String time(LocalTime t) {
        return t == null ? null : HMS.format(t);
    }
}
