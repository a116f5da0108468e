package org.doorman.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorman.cli.CliException;
import org.doorman.cli.client.ClientOptions;
import org.doorman.lock.attendance.report.RecordView;
import org.doorman.lock.attendance.report.ReportTables;
import org.doorman.lock.attendance.report.ReportView;
import org.doorman.lock.io.CsvWriter;
import org.doorman.lock.io.Table;
import org.doorman.lock.io.XlsxWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `doorman attendance punch|record|report|settings` (seed 2.6, 2.11, 2.14-2.16). */
@Command(name = "attendance", mixinStandardHelpOptions = true,
        description = "Clock events, the monthly attendance record and report, and the clock settings.")
public final class AttendanceCommand {
    @Spec CommandSpec spec;

    /** Where a record or report goes: the terminal, one JSON document, a CSV file or an .xlsx workbook. */
    static final class Format {
        @Option(names = "--month", paramLabel = "YYYY-MM", description = "default: the current month") String month;
        @Option(names = "--user", paramLabel = "ID", description = "one person only") Integer user;
        @Option(names = "--json", description = "print one JSON document") boolean json;
        @Option(names = "--csv", paramLabel = "FILE", description = "write a CSV file") Path csv;
        @Option(names = "--xlsx", paramLabel = "FILE", description = "write an .xlsx workbook") Path xlsx;

        String query() {
            List<String> q = new ArrayList<>();
            if (month != null) {
                q.add("month=" + ScheduleCommand.month(month));
            }
            if (user != null) {
                q.add("user=" + user);
            }
            return q.isEmpty() ? "" : "?" + String.join("&", q);
        }
    }

    @Command(name = "punch", description = "Record a clock event: by card, by user ID and PIN, or by an operator"
            + " for a user (now or at --time, e.g. a forgotten punch).")
    int punch(@Option(names = "--card", paramLabel = "HEX") String card,
              @Option(names = "--user", paramLabel = "ID") Integer user,
              @Option(names = "--pin", paramLabel = "DIGITS") String pin,
              @Option(names = "--time", paramLabel = "YYYY-MM-DDTHH:MM[:SS]", description = "operator punch: building time")
              String time,
              @Option(names = "--status", paramLabel = "STATUS",
                      description = "CHECK_IN, BREAK_OUT, BREAK_IN, CHECK_OUT, OT_IN or OT_OUT") String status,
              @Option(names = "--device", paramLabel = "NAME", description = "reader or keypad, e.g. 8001") String device,
              @Mixin ClientOptions client, @Option(names = "--json", description = "print the event as JSON") boolean json) {
        if ((card == null) == (user == null)) {
            throw new CliException(CliException.REFUSED, "give --card HEX, or --user ID (with --pin, or as an operator)");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "card", card);
        put(body, "userId", user);
        put(body, "pin", pin);
        put(body, "time", time);
        put(body, "status", status);
        put(body, "device", device);
        JsonNode e = client.client().post("/api/attendance/punch", body);
        if (json) {
            Output.json(out(), e);
        } else if ("REPEAT".equals(e.path("result").asText())) {
            out().println("repeat: user " + e.path("userId").asText() + " punched again within the recheck interval"
                    + " (kept in the record, not counted)");
        } else {
            out().println("user " + e.path("userId").asText() + " " + e.path("name").asText() + ": "
                    + e.path("status").asText() + " at " + e.path("date").asText() + " " + e.path("time").asText());
        }
        return 0;
    }

    @Command(name = "record", description = "The monthly attendance record: every clock event (seed 2.6).")
    int record(@Mixin Format format, @Mixin ClientOptions client) {
        Exports.oneFormat(format.json, format.csv, format.xlsx);
        JsonNode doc = client.client().get("/api/attendance/records" + format.query());
        if (format.json) {
            Output.json(out(), doc);
            return 0;
        }
        RecordView record = Output.convert(doc, RecordView.class);
        Table table = ReportTables.record(record);
        if (write(format, List.of(table), "record")) {
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RecordView.Event e : record.events()) {
            rows.add(List.of(e.date(), e.time(), String.valueOf(e.userId()), e.name(), e.status() == null ? "" : e.status(),
                    e.source(), e.device(), e.card() == null ? "" : e.card(), e.result()));
        }
        Output.table(out(), List.of("DATE", "TIME", "USER", "NAME", "STATUS", "SOURCE", "DEVICE", "CARD", "RESULT"), rows);
        out().println(rows.size() + " clock events in " + record.month() + " (" + record.zone() + ")");
        return 0;
    }

    @Command(name = "report", description = "The monthly attendance report: per person per day and totals (seed 2.15, 2.16).")
    int report(@Mixin Format format, @Mixin ClientOptions client,
               @Option(names = "--totals", description = "CSV: write the per-person totals instead of the days")
               boolean totals) {
        Exports.oneFormat(format.json, format.csv, format.xlsx);
        JsonNode doc = client.client().get("/api/attendance/report" + format.query());
        if (format.json) {
            Output.json(out(), doc);
            return 0;
        }
        ReportView report = Output.convert(doc, ReportView.class);
        List<Table> tables = format.csv != null ? List.of(totals ? ReportTables.totals(report) : ReportTables.days(report))
                : List.of(ReportTables.totals(report), ReportTables.days(report));
        if (write(format, tables, "report")) {
            return 0;
        }
        ReportText.print(out(), report, format.user != null);
        return 0;
    }

    @Command(name = "settings", description = "Show or change the clock settings: recheck interval, event mode,"
            + " state switch times, keep door open (seed 2.11).")
    int settings(@Option(names = "--recheck", paramLabel = "MIN", description = "0-9 minutes") Integer recheck,
                 @Option(names = "--mode", paramLabel = "MODE", description = "AUTO_MANUAL, FORCED or FIXED") String mode,
                 @Option(names = "--fixed-status", paramLabel = "STATUS") String fixed,
                 @Option(names = "--switch", paramLabel = "HH:MM=STATUS", description = "state switch rows; replace all")
                 Map<String, String> switches,
                 @Option(names = "--clear-switches", description = "remove every state switch row") boolean clear,
                 @Option(names = "--keep-door-open", paramLabel = "SEC", description = "0-600 s the door is held open"
                         + " after a successful clock event at it; 0 opens nothing") Integer keepOpen,
                 @Mixin ClientOptions client, @Option(names = "--json", description = "print one JSON document") boolean json) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "recheckIntervalMinutes", recheck);
        put(body, "eventMode", mode);
        put(body, "fixedStatus", fixed);
        put(body, "keepDoorOpenSeconds", keepOpen);
        if (switches != null || clear) {
            List<Map<String, String>> rows = new ArrayList<>();
            if (switches != null) {
                switches.forEach((t, s) -> rows.add(Map.of("time", t, "status", s)));
            }
            body.put("stateSwitches", rows);
        }
        JsonNode s = body.isEmpty() ? client.client().get("/api/attendance/settings")
                : client.client().put("/api/attendance/settings", body);
        if (json) {
            Output.json(out(), s);
            return 0;
        }
        out().println("recheck interval: " + s.path("recheckIntervalMinutes").asInt() + " min");
        out().println("event mode:       " + s.path("eventMode").asText()
                + (s.hasNonNull("fixedStatus") ? " (fixed status " + s.path("fixedStatus").asText() + ")" : ""));
        int held = s.path("keepDoorOpenSeconds").asInt();
        out().println("keep door open:   " + (held == 0 ? "off (0 s)" : held + " s after a clock event"));
        out().println("time zone:        " + s.path("zone").asText());
        s.path("stateSwitches").forEach(r -> out().println("switch:           " + r.path("time").asText() + " "
                + r.path("status").asText()));
        return 0;
    }

    /** Writes the tables to --csv or --xlsx when one was given; false when the terminal should get them. */
    private boolean write(Format format, List<Table> tables, String what) {
        Path file = format.csv != null ? format.csv : format.xlsx;
        if (file == null) {
            return false;
        }
        PrintWriter err = spec.commandLine().getErr();
        Exports.file(file, "write", () -> {
            if (format.csv != null) {
                CsvWriter.write(file, tables.get(0), ProgressBar.on(err, "writing " + what));
            } else {
                XlsxWriter.write(file, tables, ProgressBar.on(err, "writing " + what));
            }
            return null;
        });
        out().println("wrote " + tables.stream().mapToInt(Table::size).sum() + " rows to " + file);
        return true;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }


    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
