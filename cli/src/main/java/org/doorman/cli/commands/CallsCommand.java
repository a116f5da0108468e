package org.doorman.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.doorman.cli.client.ClientOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `doorman calls`: the calls in progress right now. */
@Command(name = "calls", mixinStandardHelpOptions = true, description = "Show the calls in progress.")
public final class CallsCommand implements Callable<Integer> {
    @Mixin ClientOptions client;
    @Option(names = "--json", description = "print one JSON array") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode calls = client.client().get("/api/calls");
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, calls);
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode c : calls) {
            String state = c.path("answeredBy").isNull() || c.path("answeredBy").isMissingNode()
                    ? "ringing " + c.path("ringing").size() : "talking with " + c.path("answeredBy").asText();
            rows.add(List.of(c.path("caller").asText(), c.path("callee").asText(), state, c.path("startedAt").asText()));
        }
        Output.table(out, List.of("CALLER", "CALLED", "STATE", "SINCE"), rows);
        return 0;
    }
}
