package org.doorman.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.doorman.lock.attendance.report.ReportView;

/** The monthly report for a terminal: totals per person, or one person's days. */
final class ReportText {

    private ReportText() {
    }

    static void print(PrintWriter out, ReportView report, boolean days) {
        if (days) {
            for (ReportView.Person p : report.people()) {
                out.println("user " + p.userId() + " " + p.name() + " (" + p.department() + "), " + report.month());
                List<List<String>> rows = new ArrayList<>();
                for (ReportView.Day d : p.days()) {
                    List<String> row = new ArrayList<>(List.of(d.date(), d.weekday(), String.valueOf(d.code()), d.status(),
                            String.valueOf(d.punches())));
                    for (int i = 0; i < 2; i++) {
                        ReportView.PeriodResult r = i < d.periods().size() ? d.periods().get(i) : null;
                        row.add(r == null ? "" : orDash(r.punchIn()) + "-" + orDash(r.punchOut()));
                    }
                    row.addAll(List.of(String.valueOf(d.lateMinutes()), String.valueOf(d.earlyLeaveMinutes()),
                            d.absenceDays().toPlainString(), d.workedHours().toPlainString(), d.overtimeHours().toPlainString()));
                    rows.add(row);
                }
                Output.table(out, List.of("DATE", "DAY", "CODE", "STATUS", "PUNCHES", "PERIOD 1", "PERIOD 2", "LATE",
                        "EARLY", "ABSENT(D)", "WORKED(H)", "OT(H)"), rows);
                out.println();
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReportView.Person p : report.people()) {
            ReportView.Totals t = p.totals();
            rows.add(List.of(String.valueOf(p.userId()), p.name(), p.department(), String.valueOf(t.normalDays()),
                    String.valueOf(t.abnormalDays()), String.valueOf(t.absentDays()), t.lateCount() + "/" + t.lateMinutes(),
                    t.earlyLeaveCount() + "/" + t.earlyLeaveMinutes(), t.absenceDays().toPlainString(),
                    t.workedHours().toPlainString(), t.overtimeHours().toPlainString()));
        }
        Output.table(out, List.of("ID", "NAME", "DEPARTMENT", "NORMAL", "ABNORMAL", "ABSENT", "LATE(N/MIN)",
                "EARLY(N/MIN)", "ABSENT(D)", "WORKED(H)", "OT(H)"), rows);
        out.println(report.people().size() + " people, " + report.month() + " (" + report.zone() + ")"
                + (report.evaluatedThrough() == null ? "" : ", judged through " + report.evaluatedThrough()));
    }

    private static String orDash(String time) {
        return time == null ? "--" : time;
    }
}
