package org.doorman.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorman.cli.client.ClientOptions;
import org.doorman.lock.ImportRow;
import org.doorman.lock.people.PersonSpec;
import org.doorman.lock.people.UserSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `doorman user add|modify|remove|list|import|export`: the people of the building (seed 2.5, 2.8.1). */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "People: attendance users who also open doors (ID, name, cards, PIN, department, room, locks).")
public final class UserCommand {
    @Spec CommandSpec spec;

    /** The fields an operator can give on add and modify. */
    static final class Fields {
        @Option(names = "--name", paramLabel = "NAME", description = "up to 16 characters") String name;
        @Option(names = "--card", paramLabel = "HEX", split = ",",
                description = "card numbers (1-16 hex digits), up to 5; on modify they replace the cards")
        List<String> cards;
        @Option(names = "--clear-cards", description = "modify: remove every card") boolean clearCards;
        @Option(names = "--lost-card", paramLabel = "HEX", split = ",",
                description = "which of the cards are reported lost (they then open and clock nothing)")
        List<String> lostCards;
        @Option(names = "--pin", paramLabel = "DIGITS",
                description = "1-8 digits, not starting with 0; \"\" removes it") String pin;
        @Option(names = "--dept", paramLabel = "ID", description = "department 1-20 (default 1)") Integer dept;
        @Option(names = "--level", paramLabel = "LEVEL", description = "USER (default) or ADMINISTRATOR") String level;
        @Option(names = "--schedule-mode", paramLabel = "MODE",
                description = "DEPARTMENT (default): the department's schedule; PERSONAL: the person's own") String mode;
        @Option(names = "--room", paramLabel = "NUMBER", description = "the person's room, e.g. 9901; \"\" removes it")
        String room;
        @Option(names = "--lock1", negatable = true, description = "may open lock 1 (default no)") Boolean lock1;
        @Option(names = "--lock2", negatable = true, description = "may open lock 2 (default no)") Boolean lock2;

        Map<String, Object> body(Integer userId) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "userId", userId);
            put(m, "name", name);
            put(m, "cards", clearCards ? List.of() : cards);
            put(m, "lostCards", lostCards);
            put(m, "pin", pin);
            put(m, "departmentId", dept);
            put(m, "level", level);
            put(m, "scheduleMode", mode);
            put(m, "room", room);
            put(m, "lock1", lock1);
            put(m, "lock2", lock2);
            return m;
        }

        private static void put(Map<String, Object> m, String k, Object v) {
            if (v != null) {
                m.put(k, v);
            }
        }
    }

    @Command(name = "add", description = "Add a person.")
    int add(@Parameters(paramLabel = "ID", description = "user ID 1-99999999") int userId, @Mixin Fields fields,
            @Mixin ClientOptions client, @Option(names = "--json", description = "print the user as JSON") boolean json) {
        show(client.client().post("/api/users", fields.body(userId)), json, "added");
        return 0;
    }

    @Command(name = "modify", description = "Change the given fields of a person; the ID stays.")
    int modify(@Parameters(paramLabel = "ID") int userId, @Mixin Fields fields, @Mixin ClientOptions client,
               @Option(names = "--json", description = "print the user as JSON") boolean json) {
        show(client.client().put("/api/users/" + userId, fields.body(null)), json, "saved");
        return 0;
    }

    @Command(name = "remove", description = "Remove a person, their cards and own schedules (clock events stay).")
    int remove(@Parameters(paramLabel = "ID") int userId, @Mixin ClientOptions client) {
        client.client().delete("/api/users/" + userId);
        out().println("removed user " + userId);
        return 0;
    }

    @Command(name = "list", description = "List the people.")
    int list(@Mixin ClientOptions client, @Option(names = "--dept", paramLabel = "ID") Integer dept,
             @Option(names = "--json", description = "print one JSON array") boolean json) {
        JsonNode users = client.client().get("/api/users" + (dept == null ? "" : "?dept=" + dept));
        if (json) {
            Output.json(out(), users);
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode u : users) {
            List<String> cards = new ArrayList<>();
            u.path("cards").forEach(c -> cards.add(c.path("number").asText() + (c.path("lost").asBoolean() ? " (lost)" : "")));
            rows.add(List.of(u.path("userId").asText(), u.path("name").asText(), u.path("department").asText(),
                    String.join(" ", cards), u.path("hasPin").asBoolean() ? "yes" : "no", u.path("level").asText(),
                    u.path("scheduleMode").asText(), u.path("room").asText(""),
                    (u.path("lock1").asBoolean() ? "1" : "") + (u.path("lock2").asBoolean() ? "2" : "")));
        }
        Output.table(out(), List.of("ID", "NAME", "DEPARTMENT", "CARDS", "PIN", "LEVEL", "SCHEDULE", "ROOM", "LOCKS"), rows);
        out().println(rows.size() + (rows.size() == 1 ? " user" : " users"));
        return 0;
    }

    @Command(name = "import", description = "Import users from an .xlsx sheet (seed 2.8.1): the same user ID is"
            + " overwritten; a bad row stops the whole import.")
    int importSheet(@Parameters(paramLabel = "FILE") Path file, @Mixin ClientOptions client) {
        List<ImportRow<PersonSpec>> rows = Exports.file(file, "read", () -> UserSheet.read(file));
        JsonNode result = client.client().post("/api/users/import", rows);
        out().println("imported " + rows.size() + " users from " + file + ": " + result.path("added").asInt()
                + " added, " + result.path("overwritten").asInt() + " overwritten");
        return 0;
    }

    @Command(name = "export", description = "Export every user to an .xlsx sheet, PINs included: keep it safe.")
    int exportSheet(@Parameters(paramLabel = "FILE") Path file, @Mixin ClientOptions client) {
        JsonNode users = client.client().get("/api/users/export");
        List<PersonSpec> specs = new ArrayList<>();
        users.forEach(u -> specs.add(Output.convert(u, PersonSpec.class)));
        Exports.file(file, "write", () -> {
            UserSheet.write(file, specs, ProgressBar.on(spec.commandLine().getErr(), "exporting users"));
            return null;
        });
        out().println("exported " + specs.size() + " users to " + file);
        return 0;
    }

    private void show(JsonNode user, boolean json, String verb) {
        if (json) {
            Output.json(out(), user);
        } else {
            out().println("user " + user.path("userId").asText() + " " + verb);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
