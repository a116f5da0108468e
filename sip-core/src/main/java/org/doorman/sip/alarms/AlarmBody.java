package org.doorman.sip.alarms;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a device's MESSAGE to the server says, as the alarm log records it. Door stations send
 * alarms as JSON objects (Dahua's carry e.g. "SenseMethod": "DoorMagnetism"); the kind is the most
 * specific of a few well-known fields found (nearest the top among equals), and the detail is the
 * whole JSON, compacted. Anything that is not a JSON object is recorded as kind "text" with the text
 * as detail. No I/O; never throws on any input.
 */
public record AlarmBody(boolean json, String kind, String detail) {
    /** Fields that name an alarm's kind, most specific first (compared ignoring case). */
    static final List<String> KIND_FIELDS = List.of("sensemethod", "alarmtype", "eventtype", "code", "event",
            "type", "kind", "method");
    public static final String TEXT = "text";
    /** A JSON object none of whose fields names a kind. */
    public static final String JSON = "json";
    private static final int MAX_DEPTH = 5;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public static AlarmBody read(byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
        if (text.startsWith("{")) {
            try {
                JsonNode node = MAPPER.readTree(text);
                if (node != null && node.isObject()) {
                    return new AlarmBody(true, clean(kindOf(node)), node.toString());
                }
            } catch (IOException | RuntimeException notJson) {
                // recorded as text below
            }
        }
        return new AlarmBody(false, TEXT, clean(text));
    }

    /** The most specific kind field found; between equals, the one nearest the top. */
    private static String kindOf(JsonNode root) {
        String best = JSON;
        int bestRank = Integer.MAX_VALUE;
        Deque<JsonNode> level = new ArrayDeque<>(List.of(root));
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            Deque<JsonNode> next = new ArrayDeque<>();
            for (JsonNode node : level) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    JsonNode value = field.getValue();
                    int rank = KIND_FIELDS.indexOf(field.getKey().toLowerCase(Locale.ROOT));
                    if (rank >= 0 && rank < bestRank && value.isValueNode() && !value.asText().isBlank()) {
                        best = value.asText();
                        bestRank = rank;
                    }
                    children(value, next);
                }
            }
            level = next;
        }
        return best;
    }

    private static void children(JsonNode value, Deque<JsonNode> into) {
        if (value.isObject()) {
            into.add(value);
        } else if (value.isArray()) {
            value.forEach(item -> {
                if (item.isObject()) {
                    into.add(item);
                }
            });
        }
    }

    /** One line of printable text: control characters (newlines too) become spaces. */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return out.toString().strip();
    }
}
