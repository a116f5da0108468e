package org.doorman.conf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads the configuration: the bundled defaults, then the operator's YAML file over them, then
 * each --set KEY=VALUE. Every refusal is one ConfigException naming the key and what is allowed.
 */
public final class ConfigLoader {
    private static final String DEFAULTS = "/org/doorman/conf/defaults.yaml";
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    /** The configuration from the defaults, an optional file (null for none) and overrides. */
    public DoormanConfig load(Path file, List<String> overrides) {
        ObjectNode tree = defaultsTree();
        if (file != null) {
            ConfigTree.merge(tree, readFile(file));
        }
        for (String override : overrides) {
            ConfigTree.set(tree, override, this::parseScalar);
        }
        return bind(tree);
    }

    public DoormanConfig defaults() {
        return load(null, List.of());
    }

    /** The effective configuration as YAML, as `config export` prints it. */
    public String toYaml(DoormanConfig config) {
        try {
            return yaml.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("configuration cannot be written as YAML", e);
        }
    }

    private ObjectNode defaultsTree() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            return (ObjectNode) yaml.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("bundled defaults cannot be read", e);
        }
    }

    private JsonNode readFile(Path file) {
        if (!Files.isReadable(file)) {
            throw ConfigException.of("--config", "cannot read the file " + file);
        }
        try {
            JsonNode node = yaml.readTree(file.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return yaml.createObjectNode();
            }
            if (!node.isObject()) {
                throw ConfigException.of("--config", file + " must hold a YAML mapping of sections (sip:, storage:, ...)");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ConfigException.of("--config", file + " is not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw ConfigException.of("--config", "cannot read the file " + file + ": " + e.getMessage());
        }
    }

    private JsonNode parseScalar(String text) {
        try {
            JsonNode node = yaml.readTree(text);
            return node == null || node.isMissingNode() ? yaml.getNodeFactory().textNode("") : node;
        } catch (JsonProcessingException e) {
            return yaml.getNodeFactory().textNode(text);
        }
    }

    private DoormanConfig bind(ObjectNode tree) {
        try {
            return yaml.treeToValue(tree, DoormanConfig.class);
        } catch (UnrecognizedPropertyException e) {
            String key = path(e);
            String parent = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "";
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw ConfigException.of(key, "unknown configuration key; known keys"
                    + (parent.isEmpty() ? "" : " under " + parent) + ": " + known);
        } catch (ValueInstantiationException e) {
            throw instantiationFailure(tree, e);
        } catch (InvalidFormatException e) {
            throw new ConfigException(path(e), e.getValue(), "expected " + describe(e.getTargetType()));
        } catch (MismatchedInputException e) {
            String key = path(e);
            throw new ConfigException(key, ConfigTree.valueAt(tree, key), "expected " + describe(e.getTargetType()));
        } catch (JsonProcessingException e) {
            throw ConfigException.of(path((JsonMappingException) e), e.getOriginalMessage());
        }
    }

    private ConfigException instantiationFailure(ObjectNode tree, ValueInstantiationException e) {
        String at = path(e);
        Throwable cause = e.getCause();
        if (cause instanceof ConfigException config) {
            return config.under(at);
        }
        String allowed = cause == null || cause.getMessage() == null ? "see the configuration reference" : cause.getMessage();
        return new ConfigException(at, ConfigTree.valueAt(tree, at), allowed);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text value";
        }
        if (type != null && List.class.isAssignableFrom(type)) {
            return "a list, e.g. [A, B]";
        }
        return "a " + (type == null ? "different value" : "section of settings");
    }
}
