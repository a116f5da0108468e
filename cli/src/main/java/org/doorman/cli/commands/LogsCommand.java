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

/** `doorman logs --type call|alarm|unlock [--from T --to T] [--json|--csv]`: search a log by time range. */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Search a log by time range (the manual's Log Management). Oldest first.")
public final class LogsCommand implements Callable<Integer> {
    @Mixin ClientOptions client;
    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "call, alarm or unlock")
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
            LogLayout layout = LogLayout.of(type);
            out.println(String.join(",", layout.csvFields()));
            for (JsonNode r : records) {
                out.println(String.join(",", layout.csvFields().stream().map(f -> csvCell(r.path(f))).toList()));
            }
        } else {
            LogLayout layout = LogLayout.of(type);
            List<List<String>> rows = new ArrayList<>();
            records.forEach(r -> rows.add(layout.row().apply(r)));
            Output.table(out, layout.headings(), rows);
        }
        return 0;
    }

    private static String csvCell(JsonNode v) {
        String s = v.isNull() || v.isMissingNode() ? "" : v.asText();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
