package org.doorman.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryEntry;
import org.doorman.registrar.location.LocationService;

/**
 * /api/directory/{kind}[/{number}]: list (GET), add one or a batch (POST), modify (PUT), remove
 * (DELETE with number), clear (DELETE without).
 */
public final class DirectoryRoute implements Route {
    private final Directory directory;
    private final LocationService location;
    private final Clock clock;

    public DirectoryRoute(Directory directory, LocationService location, Clock clock) {
        this.directory = directory;
        this.location = location;
        this.clock = clock;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        if (ex.segments() < 2 || ex.segments() > 3) {
            throw new ApiException(404, null, "use /api/directory/{vto|vth|vts|ipc}[/{number}]");
        }
        DeviceKind kind = DeviceKind.fromId(ex.segment(1));
        String number = ex.segment(2);
        switch (ex.method() + (number == null ? "" : " one")) {
            case "GET" -> ex.send(200, directory.list(kind).stream().map(this::view).toList());
            case "GET one" -> ex.send(200, view(directory.find(number).filter(e -> e.kind() == kind)
                    .orElseThrow(() -> new ApiException(404, "number", "no " + kind.id() + " with number " + number))));
            case "POST" -> ex.send(201, add(kind, ex.body()));
            case "PUT one" -> ex.send(200, view(directory.modify(kind, number, ex.body(DeviceSpec.class))));
            case "DELETE one" -> {
                directory.remove(kind, number);
                ex.send(200, Map.of("removed", 1));
            }
            case "DELETE" -> ex.send(200, Map.of("removed", directory.clear(kind)));
            default -> throw new ApiException(405, null, ex.method() + " is not allowed here");
        }
    }

    private Object add(DeviceKind kind, JsonNode body) throws Exception {
        if (!body.isArray()) {
            return view(directory.add(kind, Exchange.JSON.treeToValue(body, DeviceSpec.class)));
        }
        List<DeviceSpec> specs = new ArrayList<>(body.size());
        for (JsonNode item : body) {
            specs.add(Exchange.JSON.treeToValue(item, DeviceSpec.class));
        }
        return Map.of("added", directory.addAll(kind, specs).size());
    }

    private DeviceView view(DirectoryEntry e) {
        return DeviceView.of(e, location.bindings(e.number()), clock.millis());
    }
}
