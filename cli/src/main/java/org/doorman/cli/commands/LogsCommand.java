package org.doorman.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.doorman.cli.client.ClientOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `doorman logs --type call|unlock [--from T --to T] [--json|--csv]`: search a log by time range. */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Search a log by time range (the manual's Log Management). Oldest first.")
public final class LogsCommand implements Callable<Integer> {
    private static final List<String> CSV_FIELDS = List.of("startedAt", "caller", "callee", "answeredBy", "answeredAt",
            "endedAt", "durationSeconds", "result", "callId");
    private static final List<String> UNLOCK_FIELDS = List.of("at", "door", "lock", "method", "who", "result", "detail");

    @Mixin ClientOptions client;
    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "call or unlock (alarm comes with the alarm log)")
    String type;
    @Option(names = "--from", paramLabel = "TIME", description = "e.g. 2026-11-22 or 2026-11-22T08:00 (server's time zone)")
    String from;
    @Option(names = "--to", paramLabel = "TIME", description = "exclusive end, same forms as --from")
    String to;
    @Option(names = "--json", description = "print one JSON array") boolean json;
    @Option(names = "--csv", description = "print CSV with a header line") boolean csv;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        StringBuilder path = new StringBuilder("/api/logs/").append(enc(type)).append("?");
        if (from != null) {
            path.append("from=").append(enc(from)).append('&');
        }
        if (to != null) {
            path.append("to=").append(enc(to)).append('&');
        }
        JsonNode records = client.client().get(path.toString());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, records);
        } else if (csv) {
            List<String> fields = "unlock".equals(type) ? UNLOCK_FIELDS : CSV_FIELDS;
            out.println(String.join(",", fields));
            for (JsonNode r : records) {
                out.println(String.join(",", fields.stream().map(f -> csvCell(r.path(f))).toList()));
            }
        } else if ("unlock".equals(type)) {
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode r : records) {
                rows.add(UNLOCK_FIELDS.stream().map(f -> r.path(f).asText()).toList());
            }
            Output.table(out, List.of("TIME", "DOOR", "LOCK", "METHOD", "WHO", "RESULT", "DETAIL"), rows);
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode r : records) {
                rows.add(List.of(r.path("startedAt").asText(), r.path("caller").asText(), r.path("callee").asText(),
                        r.path("answeredBy").isNull() ? "" : r.path("answeredBy").asText(),
                        r.path("durationSeconds").asText() + "s", r.path("result").asText()));
            }
            Output.table(out, List.of("STARTED", "CALLER", "CALLED", "ANSWERED BY", "TALK", "RESULT"), rows);
        }
        return 0;
    }

    private static String csvCell(JsonNode v) {
        String s = v.isNull() || v.isMissingNode() ? "" : v.asText();
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
