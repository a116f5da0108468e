package org.doorman.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorman.cli.client.ClientOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `doorman shift add|modify|remove|list`: up to 24 shifts (seed 2.7.1, 2.7.3). */
@Command(name = "shift", mixinStandardHelpOptions = true,
        description = "Shifts 1-24: Duty T1, optional Duty T2 and overtime session, late-in and early-out allowances.")
public final class ShiftCommand {
    @Spec CommandSpec spec;

    /** The fields an operator can give on add and modify. */
    static final class Fields {
        @Option(names = "--t1", paramLabel = "HH:MM-HH:MM", description = "Duty T1, e.g. 09:00-12:00") String t1;
        @Option(names = "--t2", paramLabel = "HH:MM-HH:MM", description = "Duty T2; \"\" removes it") String t2;
        @Option(names = "--overtime", paramLabel = "HH:MM-HH:MM", description = "overtime session; \"\" removes it")
        String overtime;
        @Option(names = "--late", paramLabel = "MIN", description = "late-in allowance 0-60 (default 5)") Integer late;
        @Option(names = "--early", paramLabel = "MIN", description = "early-out allowance 0-60 (default 5)") Integer early;

        Map<String, Object> body(Integer number) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "number", number);
            put(m, "dutyT1", t1);
            put(m, "dutyT2", t2);
            put(m, "overtime", overtime);
            put(m, "lateInMinutes", late);
            put(m, "earlyOutMinutes", early);
            return m;
        }

        private static void put(Map<String, Object> m, String k, Object v) {
            if (v != null) {
                m.put(k, v);
            }
        }
    }

    @Command(name = "add", description = "Configure a shift.")
    int add(@Parameters(paramLabel = "NUMBER", description = "1-24") int number, @Mixin Fields fields,
            @Mixin ClientOptions client, @Option(names = "--json", description = "print the shift as JSON") boolean json) {
        show(client.client().post("/api/shifts", fields.body(number)), json, "added");
        return 0;
    }

    @Command(name = "modify", description = "Change the given fields of a shift.")
    int modify(@Parameters(paramLabel = "NUMBER") int number, @Mixin Fields fields, @Mixin ClientOptions client,
               @Option(names = "--json", description = "print the shift as JSON") boolean json) {
        show(client.client().put("/api/shifts/" + number, fields.body(null)), json, "saved");
        return 0;
    }

    @Command(name = "remove", description = "Remove a shift (days scheduled on it then show NO_SHIFT).")
    int remove(@Parameters(paramLabel = "NUMBER") int number, @Mixin ClientOptions client) {
        client.client().delete("/api/shifts/" + number);
        out().println("removed shift " + number);
        return 0;
    }

    @Command(name = "list", description = "List the shifts with their punch windows (seed 2.15).")
    int list(@Mixin ClientOptions client, @Option(names = "--json", description = "print one JSON array") boolean json) {
        JsonNode shifts = client.client().get("/api/shifts");
        if (json) {
            Output.json(out(), shifts);
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode s : shifts) {
            List<String> windows = new ArrayList<>();
            s.path("windows").forEach(w -> windows.add(w.asText()));
            rows.add(List.of(s.path("number").asText(), s.path("dutyT1").asText(), s.path("dutyT2").asText(""),
                    s.path("overtime").asText(""), s.path("lateInMinutes").asText(), s.path("earlyOutMinutes").asText(),
                    String.join("  ", windows)));
        }
        Output.table(out(), List.of("NO", "DUTY T1", "DUTY T2", "OVERTIME", "LATE", "EARLY", "PUNCH WINDOWS"), rows);
        return 0;
    }

    private void show(JsonNode shift, boolean json, String verb) {
        if (json) {
            Output.json(out(), shift);
        } else {
            out().println("shift " + shift.path("number").asText() + " " + verb + "; punch windows "
                    + shift.path("windows"));
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
