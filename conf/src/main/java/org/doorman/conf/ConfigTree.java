package org.doorman.conf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

/** Operations on the YAML tree before it is bound to records: deep merge, dotted-key set and get. */
final class ConfigTree {
    private ConfigTree() {}

    /** Merges `over` into `base`: mappings merge key by key, anything else replaces. */
    static void merge(ObjectNode base, JsonNode over) {
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = base.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
                merge(existingObject, field.getValue());
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
    }

    /** Applies one "a.b.c=value" override; the value is read as a YAML scalar or flow list. */
    static void set(ObjectNode tree, String override, Function<String, JsonNode> parse) {
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw ConfigException.of("--set", "'" + override + "' must be KEY=VALUE, e.g. sip.udp-port=5070");
        }
        String key = override.substring(0, eq).trim();
        String[] parts = key.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (child == null || !child.isObject()) {
                child = node.putObject(parts[i]);
            }
            node = (ObjectNode) child;
        }
        node.set(parts[parts.length - 1], parse.apply(override.substring(eq + 1)));
    }

    /** The text of the value at a dotted key, or null. */
    static String valueAt(JsonNode tree, String key) {
        JsonNode node = tree;
        for (String part : key.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
    }
}
