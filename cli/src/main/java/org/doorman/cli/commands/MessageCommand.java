package org.doorman.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.doorman.cli.client.ClientOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `doorman message --to NUMBER|--room ROOM|--all --text TEXT [--json]`: a text from the server to devices. */
@Command(name = "message", mixinStandardHelpOptions = true,
        description = "Send a text message from the server (its own number) to a device, a room or everyone,"
                + " and show per device whether it was delivered.")
public final class MessageCommand implements Callable<Integer> {
    /** Exactly one audience. */
    static final class Audience {
        @Option(names = "--to", paramLabel = "NUMBER", description = "one device, e.g. 8001, 9901 or 9901#1")
        String to;
        @Option(names = "--room", paramLabel = "ROOM", description = "a room: its main monitor and every extension")
        String room;
        @Option(names = "--all", description = "every door station, indoor monitor and centre") boolean all;
    }

    @Mixin ClientOptions client;
    @ArgGroup(exclusive = true, multiplicity = "1") Audience audience;
    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "up to 1300 bytes of UTF-8")
    String text;
    @Option(names = "--json", description = "print one JSON document") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (audience.to != null) {
            body.put("to", audience.to);
        } else if (audience.room != null) {
            body.put("room", audience.room);
        } else {
            body.put("all", true);
        }
        body.put("text", text);
        JsonNode answer = client.client().post("/api/messages", body);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, answer);
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode d : answer.path("deliveries")) {
            String detail = d.path("status").isNull() ? "not registered"
                    : d.path("status").asText() + " " + d.path("reason").asText("");
            rows.add(List.of(d.path("device").asText(), d.path("result").asText(), detail.strip()));
        }
        Output.table(out, List.of("DEVICE", "RESULT", "DETAIL"), rows);
        out.println(answer.path("delivered").asLong() + " delivered, " + answer.path("offline").asLong() + " offline, "
                + answer.path("failed").asLong() + " failed");
        return 0;
    }
}
