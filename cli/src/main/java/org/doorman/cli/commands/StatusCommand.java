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

/** `doorman status`: every device, online or not, with address, transport, user agent and expiry. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show every device: online or not, IP address and port, transport, user agent, expiry.")
public final class StatusCommand implements Callable<Integer> {
    @Mixin ClientOptions client;
    @Option(names = "--json", description = "print one JSON document") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode status = client.client().get("/api/status");
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, status);
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode d : status.path("devices")) {
            JsonNode bindings = d.path("bindings");
            if (bindings.isEmpty()) {
                rows.add(List.of(d.path("number").asText(), d.path("kind").asText(), "offline", "", "", "", ""));
            }
            for (JsonNode b : bindings) {
                rows.add(List.of(d.path("number").asText(), d.path("kind").asText(), "online",
                        b.path("address").asText() + ":" + b.path("port").asText(), b.path("transport").asText(),
                        b.path("expiresIn").asText() + "s", b.path("userAgent").asText()));
            }
        }
        Output.table(out, List.of("NUMBER", "KIND", "STATUS", "ADDRESS", "TRANSPORT", "EXPIRES", "USER AGENT"), rows);
        out.println(status.path("online").asInt() + " of " + status.path("total").asInt() + " devices online");
        return 0;
    }
}
