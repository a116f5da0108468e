package org.doorman.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorman.cli.client.ClientOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `doorman dept list|rename`: the 20 departments (seed 2.5.3), renamed but never added or deleted. */
@Command(name = "dept", mixinStandardHelpOptions = true,
        description = "The 20 departments: list them or rename one (they are never added, deleted or left nameless).")
public final class DeptCommand {
    @Spec CommandSpec spec;

    @Command(name = "list", description = "List the 20 departments.")
    int list(@Mixin ClientOptions client, @Option(names = "--json", description = "print one JSON array") boolean json) {
        JsonNode depts = client.client().get("/api/depts");
        if (json) {
            Output.json(out(), depts);
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        depts.forEach(d -> rows.add(List.of(String.format("%02d", d.path("id").asInt()), d.path("name").asText())));
        Output.table(out(), List.of("ID", "NAME"), rows);
        return 0;
    }

    @Command(name = "rename", description = "Rename a department.")
    int rename(@Parameters(paramLabel = "ID", description = "1-20") int id,
               @Parameters(paramLabel = "NAME", description = "1-32 characters") String name,
               @Mixin ClientOptions client) {
        JsonNode d = client.client().put("/api/depts/" + id, Map.of("name", name));
        out().println("department " + d.path("id").asInt() + " is now " + d.path("name").asText());
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
