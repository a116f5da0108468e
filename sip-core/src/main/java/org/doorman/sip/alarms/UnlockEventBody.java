package org.doorman.sip.alarms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Tells a door station's unlock event apart from its alarms, in a device MESSAGE to the server: a JSON
 * object whose "Event" is "Unlock" (field names and words in any case), e.g.
 * {"Event":"Unlock","Lock":2,"Method":"Card","Who":"1A2B","Result":"Opened"}. Anything else is not an
 * unlock event (and stays an alarm, {@link AlarmBody}); an unlock event that cannot be read says why, in
 * words fit for a SIP reason phrase. No I/O; never throws on any input.
 */
public final class UnlockEventBody {
    public static final int MAX_WHO = 64;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Not an unlock event, a readable one, or one that cannot be read and why. */
    public record Reading(boolean unlockEvent, UnlockEvent event, String problem) {
        static final Reading NOT_AN_UNLOCK_EVENT = new Reading(false, null, null);

        public boolean readable() {
            return event != null;
        }
    }

    private UnlockEventBody() {
    }

    public static Reading read(byte[] body) {
        JsonNode root = json(body);
        if (root == null || !"unlock".equalsIgnoreCase(text(field(root, "event")))) {
            return Reading.NOT_AN_UNLOCK_EVENT;
        }
        JsonNode lock = field(root, "lock");
        if (lock == null || !lock.asText().matches("[12]")) {
            return bad("Unlock Event Lock Must Be 1 Or 2");
        }
        String method = text(field(root, "method")).toLowerCase(Locale.ROOT);
        if (!UnlockEvent.METHODS.contains(method)) {
            return bad("Unlock Event Method Must Be Card, Password, Button Or Remote");
        }
        String result = text(field(root, "result")).toLowerCase(Locale.ROOT);
        if (!result.equals("opened") && !result.equals("refused")) {
            return bad("Unlock Event Result Must Be Opened Or Refused");
        }
        String who = printable(text(field(root, "who")));
        if (who.length() > MAX_WHO) {
            return bad("Unlock Event Who Longer Than " + MAX_WHO + " Characters");
        }
        return new Reading(true, new UnlockEvent(Integer.parseInt(lock.asText()), method, who,
                result.equals("opened"), printable(text(field(root, "reason")))), null);
    }

    private static Reading bad(String problem) {
        return new Reading(true, null, problem);
    }

    private static JsonNode json(byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
        if (!text.startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    /** A top-level field, its name compared ignoring case. */
    private static JsonNode field(JsonNode root, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().equalsIgnoreCase(name)) {
                return f.getValue();
            }
        }
        return null;
    }

    /** A scalar's text, stripped; empty for a missing field, null, an object or an array. */
    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.isNull() ? "" : node.asText().strip();
    }

    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
