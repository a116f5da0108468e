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

/** `doorman doors`: each door station's locks and door contact, as they are now. */
@Command(name = "doors", mixinStandardHelpOptions = true,
        description = "Show each door station's locks (state, driver) and door contact.")
public final class DoorsCommand implements Callable<Integer> {
    @Mixin ClientOptions client;
    @Option(names = "--json", description = "print one JSON array") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode doors = client.client().get("/api/doors");
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, doors);
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode d : doors) {
            String door = d.path("sensor").asBoolean() ? d.path("doorState").asText().toLowerCase().replace('_', ' ') : "no contact";
            for (JsonNode l : d.path("locks")) {
                String state = l.path("state").asText().toLowerCase() + (l.path("heldOpen").asBoolean() ? " (held: door open)" : "");
                rows.add(List.of(d.path("door").asText(), l.path("lock").asText(), state, door,
                        l.path("lastOpened").isNull() ? "" : l.path("lastOpened").asText(), l.path("description").asText()));
            }
        }
        Output.table(out, List.of("DOOR", "LOCK", "STATE", "DOOR CONTACT", "LAST OPENED", "DRIVER"), rows);
        return 0;
    }
}
