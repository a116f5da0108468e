package org.doorman.conf;

/** A configuration value that is refused: names the key, the bad value and what is allowed. */
public final class ConfigException extends RuntimeException {
    private final String key;

    public ConfigException(String key, Object value, String allowed) {
        super(key + ": " + describe(value) + " is not allowed; " + allowed);
        this.key = key;
    }

    private ConfigException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The same refusal with the key placed under a parent path, e.g. "udp-port" under "sip". */
    public ConfigException under(String parentPath) {
        if (parentPath.isEmpty()) {
            return this;
        }
        String full = parentPath + "." + key;
        return new ConfigException(full, full + getMessage().substring(key.length()));
    }

    public static ConfigException of(String key, String message) {
        return new ConfigException(key, key + ": " + message);
    }

    public String key() {
        return key;
    }

    private static String describe(Object value) {
        return value == null ? "an empty value" : "'" + value + "'";
    }
}
