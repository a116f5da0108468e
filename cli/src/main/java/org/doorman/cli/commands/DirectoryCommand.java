package org.doorman.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorman.cli.CliException;
import org.doorman.cli.client.ClientOptions;
import org.doorman.registrar.directory.DeviceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `doorman vto|vth|vts|ipc add|modify|remove|list|clear`: one noun per kind of device. */
@Command(subcommandsRepeatable = false, mixinStandardHelpOptions = true)
public final class DirectoryCommand {
    private final DeviceKind kind;
    @Spec CommandSpec spec;

    public DirectoryCommand(DeviceKind kind) {
        this.kind = kind;
    }

    /** The fields an operator can give on add and modify. */
    static final class Fields {
        @Option(names = "--password", paramLabel = "PW", description = "registration password (4-64 characters)")
        String password;
        @Option(names = "--first-name", paramLabel = "NAME") String firstName;
        @Option(names = "--last-name", paramLabel = "NAME") String lastName;
        @Option(names = "--nick-name", paramLabel = "NAME") String nickName;
        @Option(names = "--ip", paramLabel = "ADDRESS", description = "the device's IP address (required for ipc)")
        String ipAddress;
        @Option(names = "--build", paramLabel = "NO", description = "building number") String buildNo;
        @Option(names = "--unit", paramLabel = "NO", description = "unit number") String unitNo;
        @Option(names = "--web-user", paramLabel = "USER", description = "user name of the device's own web page")
        String webUsername;
        @Option(names = "--web-password", paramLabel = "PW", description = "password of the device's own web page")
        String webPassword;
        @Option(names = "--phone", negatable = true, description = "vth only: a third-party SIP phone as a room extension")
        Boolean phone;

        Map<String, Object> body(String number) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "number", number);
            put(m, "password", password);
            put(m, "firstName", firstName);
            put(m, "lastName", lastName);
            put(m, "nickName", nickName);
            put(m, "ipAddress", ipAddress);
            put(m, "buildNo", buildNo);
            put(m, "unitNo", unitNo);
            put(m, "webUsername", webUsername);
            put(m, "webPassword", webPassword);
            put(m, "phone", phone);
            return m;
        }

        private static void put(Map<String, Object> m, String k, Object v) {
            if (v != null) {
                m.put(k, v);
            }
        }
    }

    @Command(name = "add", description = "Add a device.")
    int add(@Parameters(paramLabel = "NUMBER", description = "e.g. 8001 (vto), 9901 or 9901#1 (vth)") String number,
            @Mixin Fields fields, @Mixin ClientOptions client,
            @Option(names = "--json", description = "print the added device as JSON") boolean json) {
        if (fields.password == null) {
            throw new CliException(CliException.REFUSED, "--password is required: the device registers with it");
        }
        show(client.client().post(path(null), fields.body(number)), json);
        return 0;
    }

    @Command(name = "modify", description = "Change a device's password, names or addresses; the number stays.")
    int modify(@Parameters(paramLabel = "NUMBER") String number, @Mixin Fields fields, @Mixin ClientOptions client,
               @Option(names = "--json", description = "print the device as JSON") boolean json) {
        show(client.client().put(path(number), fields.body(null)), json);
        return 0;
    }

    @Command(name = "remove", description = "Remove a device (a room only once its extensions are removed).")
    int remove(@Parameters(paramLabel = "NUMBER") String number, @Mixin ClientOptions client) {
        client.client().delete(path(number));
        out().println("removed " + kind.id() + " " + number);
        return 0;
    }

    @Command(name = "list", description = "List the devices of this kind.")
    int list(@Mixin ClientOptions client, @Option(names = "--json", description = "print one JSON array") boolean json) {
        JsonNode devices = client.client().get(path(null));
        if (json) {
            Output.json(out(), devices);
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode d : devices) {
            rows.add(List.of(d.path("number").asText() + (d.path("server").asBoolean() ? " (this server)" : ""),
                    Output.name(d), d.path("ipAddress").asText(), d.path("online").asBoolean() ? "online" : "offline"));
        }
        Output.table(out(), List.of("NUMBER", "NAME", "IP", "STATUS"), rows);
        return 0;
    }

    @Command(name = "clear", description = "Remove every device of this kind (never the server's own entry).")
    int clear(@Mixin ClientOptions client, @Option(names = "--yes", description = "confirm") boolean yes) {
        if (!yes) {
            throw new CliException(CliException.REFUSED, "clear removes every " + kind.id() + ": add --yes to confirm");
        }
        JsonNode result = client.client().delete(path(null));
        out().println("removed " + result.path("removed").asInt() + " " + kind.id() + " entries");
        return 0;
    }

    private void show(JsonNode device, boolean json) {
        if (json) {
            Output.json(out(), device);
        } else {
            out().println(kind.id() + " " + device.path("number").asText() + " saved");
        }
    }

    private String path(String number) {
        return "/api/directory/" + kind.id()
                + (number == null ? "" : "/" + URLEncoder.encode(number, StandardCharsets.UTF_8));
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
