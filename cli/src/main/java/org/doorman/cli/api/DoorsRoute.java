package org.doorman.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.doorman.lock.LockGateway;
import org.doorman.lock.door.Door;
import org.doorman.lock.door.DoorView;
import org.doorman.lock.door.LockView;
import org.doorman.lock.driver.SimulatedLockDriver;
import org.doorman.lock.unlock.UnlockResult;
import org.doorman.lock.unlock.UnlockSource;

/**
 * /api/doors: each door station's locks and door (GET), and POST /api/doors/{vto}/unlock {lock, who, source},
 * /card {card} (a reader event) and /sensor {open} (the simulated door only). An unlock request that is
 * well formed answers 200 with its result, opened or not: scripts read "result". docs/doors.md documents
 * the fields.
 */
public final class DoorsRoute implements Route {
    private final LockGateway doors;

    public DoorsRoute(LockGateway doors) {
        this.doors = doors;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        String vto = ex.segment(1);
        String action = ex.segment(2);
        if (vto == null || vto.isEmpty()) {
            requireMethod(ex, "GET");
            ex.send(200, doors.gateway().views().stream().map(DoorsRoute::view).toList());
            return;
        }
        if (!vto.matches("[0-9]{1,9}")) {
            throw new ApiException(400, "door", "a door station number is 1 to 9 digits, got '" + vto + "'");
        }
        if (action == null) {
            requireMethod(ex, "GET");
            ex.send(200, view(door(vto).view()));
            return;
        }
        requireMethod(ex, "POST");
        switch (action) {
            case "unlock" -> unlock(ex, vto, ex.body());
            case "card" -> ex.send(200, doors.cards().cardPresented(vto, text(ex.body(), "card", true))
                    .stream().map(DoorsRoute::result).toList());
            case "sensor" -> sensor(ex, vto, ex.body());
            default -> throw new ApiException(404, null, "no such door action '" + action + "': unlock, card or sensor");
        }
    }

    private void unlock(Exchange ex, String vto, JsonNode body) throws Exception {
        JsonNode lock = body.path("lock");
        if (!lock.isInt() || (lock.asInt() != 1 && lock.asInt() != 2)) {
            throw new ApiException(400, "lock", "lock must be 1 (local) or 2 (RS-485)");
        }
        String sourceText = text(body, "source", false);
        UnlockSource source = sourceText == null ? UnlockSource.API : switch (sourceText.toUpperCase(Locale.ROOT)) {
            case "OPERATOR" -> UnlockSource.OPERATOR;
            case "API" -> UnlockSource.API;
            case "DEVICE" -> UnlockSource.DEVICE;
            default -> throw new ApiException(400, "source", "source must be OPERATOR, API or DEVICE"
                    + " (cards use /card; DTMF comes from calls)");
        };
        String who = text(body, "who", false);
        ex.send(200, result(doors.unlocks().unlock(vto, lock.asInt(), source, who == null ? source.name().toLowerCase(Locale.ROOT) : who)));
    }

    private void sensor(Exchange ex, String vto, JsonNode body) throws Exception {
        Door door = door(vto);
        SimulatedLockDriver simulator = door.simulator().orElseThrow(() -> new ApiException(409, "door",
                "door station " + vto + "'s lock 1 is not the simulator: only a simulated door can be moved from the API"));
        if (!body.path("open").isBoolean()) {
            throw new ApiException(400, "open", "open must be true or false");
        }
        simulator.setDoorOpen(body.path("open").asBoolean());
        door.sensor().ifPresent(s -> s.poll());
        ex.send(200, view(door.view()));
    }

    private Door door(String vto) {
        return doors.gateway().door(vto).orElseThrow(() -> new ApiException(404, "door",
                "door station " + vto + " has no door control: configure doors." + vto + " (see docs/doors.md)"));
    }

    private static void requireMethod(Exchange ex, String method) {
        if (!method.equals(ex.method())) {
            throw new ApiException(405, null, "use " + method);
        }
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode v = body.path(field);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                throw new ApiException(400, field, field + " is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiException(400, field, field + " must be text");
        }
        return v.asText();
    }

    /** An unlock result as docs/doors.md documents it. */
    static Map<String, Object> result(UnlockResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", r.at().toString());
        m.put("door", r.door());
        m.put("lock", r.lock());
        m.put("method", r.source().name());
        m.put("who", r.who());
        m.put("result", r.outcome().name());
        m.put("opened", r.opened());
        m.put("detail", r.detail());
        return m;
    }

    static Map<String, Object> view(DoorView d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("door", d.vto());
        m.put("sensor", d.sensor());
        m.put("doorState", d.door().name());
        m.put("doorSince", d.doorSince() == null ? null : d.doorSince().toString());
        m.put("simulated", d.simulated());
        m.put("locks", d.locks().stream().map(DoorsRoute::lock).toList());
        return m;
    }

    private static Map<String, Object> lock(LockView l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lock", l.lock());
        m.put("driver", l.driver());
        m.put("description", l.description());
        m.put("state", l.status().name());
        m.put("since", l.since().toString());
        m.put("lastOpened", l.lastOpened() == null ? null : l.lastOpened().toString());
        m.put("heldOpen", l.heldOpen());
        m.put("unlockPeriod", l.unlockPeriodSeconds());
        m.put("respondingInterval", l.respondingIntervalSeconds());
        return m;
    }
}
