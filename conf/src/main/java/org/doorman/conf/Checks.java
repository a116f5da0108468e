package org.doorman.conf;

/** Range and format checks used by the configuration records' compact constructors. */
public final class Checks {
    private Checks() {}

    public static int port(String key, int value) {
        return range(key, value, 1, 65535, "a port number from 1 to 65535");
    }

    public static int range(String key, int value, int min, int max, String allowed) {
        if (value < min || value > max) {
            throw new ConfigException(key, value, allowed);
        }
        return value;
    }

    public static int range(String key, int value, int min, int max) {
        return range(key, value, min, max, "a whole number from " + min + " to " + max);
    }

    public static String notBlank(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(key, value, "a non-empty value is required");
        }
        return value;
    }

    public static String digits(String key, String value, int minLength, int maxLength) {
        if (value == null || !value.matches("[0-9]{" + minLength + "," + maxLength + "}")) {
            throw new ConfigException(key, value, "digits only, " + minLength + " to " + maxLength + " of them");
        }
        return value;
    }

    /** Null means "use the default": records accept partially given sections from --set. */
    public static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
