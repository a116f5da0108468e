package org.doorman.lock.attendance.report;

import java.util.Arrays;
import java.util.List;
import org.doorman.lock.io.Table;

/** The record and report as tables for CSV and Excel export; the columns follow the JSON fields. */
public final class ReportTables {

    private ReportTables() {
    }

    public static Table record(RecordView record) {
        List<RecordView.Event> events = record.events();
        return new Table("Record " + record.month(), List.of("Event ID", "User ID", "Name", "Date", "Time", "Status",
                "Source", "Device", "Card", "Result"), events.size(), i -> {
                    RecordView.Event e = events.get(i);
                    return Arrays.asList(e.id(), e.userId(), e.name(), e.date(), e.time(), e.status(), e.source(),
                            e.device(), e.card(), e.result());
                });
    }

    /** One row per person per day. Every person has the same number of days: the month's length. */
    public static Table days(ReportView report) {
        List<ReportView.Person> people = report.people();
        int length = people.isEmpty() ? 0 : people.get(0).days().size();
        return new Table("Days " + report.month(), List.of("User ID", "Name", "Department", "Date", "Weekday",
                "Code", "Status", "Punches", "Period 1 In", "Period 1 Out", "Period 2 In", "Period 2 Out",
                "Overtime In", "Overtime Out", "Late (min)", "Early Leave (min)", "Absence (days)", "Worked (h)",
                "Overtime (h)"), people.size() * length, i -> {
                    ReportView.Person p = people.get(i / length);
                    ReportView.Day d = p.days().get(i % length);
                    ReportView.PeriodResult p1 = d.periods().isEmpty() ? null : d.periods().get(0);
                    ReportView.PeriodResult p2 = d.periods().size() < 2 ? null : d.periods().get(1);
                    return Arrays.asList(p.userId(), p.name(), p.department(), d.date(), d.weekday(), d.code(),
                            d.status(), d.punches(), p1 == null ? null : p1.punchIn(), p1 == null ? null : p1.punchOut(),
                            p2 == null ? null : p2.punchIn(), p2 == null ? null : p2.punchOut(),
                            d.overtime() == null ? null : d.overtime().punchIn(),
                            d.overtime() == null ? null : d.overtime().punchOut(), d.lateMinutes(),
                            d.earlyLeaveMinutes(), d.absenceDays(), d.workedHours(), d.overtimeHours());
                });
    }

    /** One row per person: the month's totals. */
    public static Table totals(ReportView report) {
        List<ReportView.Person> people = report.people();
        return new Table("Totals " + report.month(), List.of("User ID", "Name", "Department", "Normal", "Abnormal",
                "Absent", "Rest", "Business Trip", "Leave", "No Shift", "Pending", "Late Count", "Late (min)",
                "Early Leave Count", "Early Leave (min)", "Absence (days)", "Worked (h)", "Overtime (h)"),
                people.size(), i -> {
                    ReportView.Person p = people.get(i);
                    ReportView.Totals t = p.totals();
                    return Arrays.asList(p.userId(), p.name(), p.department(), t.normalDays(), t.abnormalDays(),
                            t.absentDays(), t.restDays(), t.businessTripDays(), t.leaveDays(), t.noShiftDays(),
                            t.pendingDays(), t.lateCount(), t.lateMinutes(), t.earlyLeaveCount(),
                            t.earlyLeaveMinutes(), t.absenceDays(), t.workedHours(), t.overtimeHours());
                });
    }
}
