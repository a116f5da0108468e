package org.doorman.registrar.directory;

import static org.doorman.registrar.directory.DirectoryException.Reason.INVALID;

/** Field rules for what an operator gives; each refusal names the field and what is allowed. */
final class DeviceRules {
    static final int MAX_NAME = 32;

    private DeviceRules() {}

    static String password(String value) {
        if (value == null || value.length() < 4 || value.length() > 64
                || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new DirectoryException(INVALID, "password",
                    "the registration password must be 4 to 64 characters without blanks");
        }
        return value;
    }

    static String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
            throw new DirectoryException(INVALID, field, field + " must be at most " + max
                    + " characters without control characters");
        }
        return value.strip();
    }

    static String digitsOrEmpty(String field, String value, int max) {
        if (value != null && !value.matches("[0-9]{0," + max + "}")) {
            throw new DirectoryException(INVALID, field, field + " must be up to " + max + " digits");
        }
        return value;
    }

    static String ipAddress(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (!isIpv4(value) && !isIpv6(value)) {
            throw new DirectoryException(INVALID, "ipAddress",
                    "'" + value + "' is not an IP address (e.g. 192.168.1.110)");
        }
        return value;
    }

    private static boolean isIpv4(String v) {
        String[] parts = v.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String v) {
        return v.contains(":") && v.matches("[0-9A-Fa-f:.]{2,45}");
    }
}
