package org.doorman.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorman.cli.CliException;
import org.doorman.cli.client.ApiClient;
import org.doorman.cli.client.ClientOptions;
import org.doorman.lock.attendance.store.ScheduleSheet;
import org.doorman.lock.attendance.store.ScheduleSpec;
import org.doorman.lock.attendance.store.ShiftSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `doorman schedule set|show|import|export`: a month of day codes per person or department (seed 2.7.2). */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Monthly schedules per person or department. Codes: 0 rest, 1-24 shift, 25 business trip, 26 leave.")
public final class ScheduleCommand {
    @Spec CommandSpec spec;

    /** Exactly one owner. */
    static final class Owner {
        @Option(names = "--user", paramLabel = "ID", required = true) Integer user;
        @Option(names = "--dept", paramLabel = "ID", required = true) Integer dept;

        String path(YearMonth month) {
            return "/api/schedules/" + (user != null ? "user/" + user : "dept/" + dept) + "/" + month;
        }
    }

    @Command(name = "set", description = "Set days of a month; days not named keep their code (unset months are rest)."
            + " Applied in order: --codes or --all, then --weekdays, --weekend, --day.")
    int set(@ArgGroup(multiplicity = "1") Owner owner, @Option(names = "--month", required = true, paramLabel = "YYYY-MM") String month,
            @Option(names = "--codes", split = ",", paramLabel = "C", description = "a code for every day, e.g. 0,1,1,1,1,1,0,...")
            List<Integer> codes,
            @Option(names = "--all", paramLabel = "CODE", description = "every day") Integer all,
            @Option(names = "--weekdays", paramLabel = "CODE", description = "Monday to Friday") Integer weekdays,
            @Option(names = "--weekend", paramLabel = "CODE", description = "Saturday and Sunday") Integer weekend,
            @Option(names = "--day", paramLabel = "D=CODE", description = "one day, e.g. --day 14=26") Map<Integer, Integer> days,
            @Mixin ClientOptions client, @Option(names = "--json", description = "print the schedule as JSON") boolean json) {
        YearMonth m = month(month);
        ApiClient api = client.client();
        List<Integer> result = new ArrayList<>();
        api.get(owner.path(m)).path("codes").forEach(c -> result.add(c.asInt()));
        if (codes != null) {
            if (codes.size() != m.lengthOfMonth()) {
                throw new CliException(CliException.REFUSED, "--codes: " + m + " needs " + m.lengthOfMonth()
                        + " codes, got " + codes.size());
            }
            result.clear();
            result.addAll(codes);
        }
        for (int d = 1; d <= m.lengthOfMonth(); d++) {
            boolean weekendDay = m.atDay(d).getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
            Integer code = days != null && days.containsKey(d) ? days.get(d)
                    : weekendDay && weekend != null ? weekend : !weekendDay && weekdays != null ? weekdays : all;
            if (code != null) {
                result.set(d - 1, code);
            }
        }
        if (days != null) {
            days.keySet().stream().filter(d -> d < 1 || d > m.lengthOfMonth()).findFirst().ifPresent(d -> {
                throw new CliException(CliException.REFUSED, "--day: " + m + " has days 1-" + m.lengthOfMonth() + ", got " + d);
            });
        }
        JsonNode saved = api.put(owner.path(m), Map.of("codes", result));
        if (json) {
            Output.json(out(), saved);
        } else {
            calendar(saved, m);
        }
        return 0;
    }

    @Command(name = "show", description = "Show a month as a calendar (as the device's Figure 2-12).")
    int show(@ArgGroup(multiplicity = "1") Owner owner, @Option(names = "--month", required = true, paramLabel = "YYYY-MM") String month,
             @Mixin ClientOptions client, @Option(names = "--json", description = "print the schedule as JSON") boolean json) {
        YearMonth m = month(month);
        JsonNode schedule = client.client().get(owner.path(m));
        if (json) {
            Output.json(out(), schedule);
        } else {
            calendar(schedule, m);
        }
        return 0;
    }

    @Command(name = "export", description = "Export every shift and the month's schedules to an .xlsx workbook.")
    int exportSheet(@Parameters(paramLabel = "FILE") Path file,
                    @Option(names = "--month", required = true, paramLabel = "YYYY-MM") String month,
                    @Mixin ClientOptions client) {
        ApiClient api = client.client();
        List<ShiftSpec> shifts = new ArrayList<>();
        api.get("/api/shifts").forEach(s -> shifts.add(Output.convert(s, ShiftSpec.class)));
        List<ScheduleSpec> schedules = new ArrayList<>();
        api.get("/api/schedules?month=" + month(month)).forEach(s -> schedules.add(Output.convert(s, ScheduleSpec.class)));
        Exports.file(file, "write", () -> {
            ScheduleSheet.write(file, shifts, schedules, ProgressBar.on(spec.commandLine().getErr(), "exporting schedules"));
            return null;
        });
        out().println("exported " + shifts.size() + " shifts and " + schedules.size() + " schedules to " + file);
        return 0;
    }

    @Command(name = "import", description = "Import shifts and schedules from an .xlsx workbook: the same shift number,"
            + " or the same owner and month, is overwritten; a bad row stops the whole import.")
    int importSheet(@Parameters(paramLabel = "FILE") Path file, @Mixin ClientOptions client) {
        ScheduleSheet.Contents contents = Exports.file(file, "read", () -> ScheduleSheet.read(file));
        JsonNode result = client.client().post("/api/schedules/import",
                Map.of("shifts", contents.shifts(), "schedules", contents.schedules()));
        out().println("imported " + result.path("shifts").asInt() + " shifts and " + result.path("schedules").asInt()
                + " schedules from " + file);
        return 0;
    }

    /** Day:code cells under their weekday, as the device's calendar screen (Figure 2-12). */
    private void calendar(JsonNode schedule, YearMonth m) {
        out().println(schedule.path("owner").asText() + " " + schedule.path("id").asText() + ", " + m + " (day:code)");
        out().println("Mon   Tue   Wed   Thu   Fri   Sat   Sun");
        StringBuilder line = new StringBuilder(" ".repeat(6 * (m.atDay(1).getDayOfWeek().getValue() - 1)));
        for (int d = 1; d <= m.lengthOfMonth(); d++) {
            line.append(String.format("%2d:%-3s", d, schedule.path("codes").get(d - 1).asText()));
            if (m.atDay(d).getDayOfWeek() == DayOfWeek.SUNDAY || d == m.lengthOfMonth()) {
                out().println(line.toString().stripTrailing());
                line.setLength(0);
            }
        }
        out().println("codes: 0 rest, 1-24 shift, 25 business trip, 26 leave");
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new CliException(CliException.REFUSED, "--month must be YYYY-MM, e.g. 2024-06, got '" + text + "'");
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
