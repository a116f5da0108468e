package org.doorman.registrar.directory;

import static org.doorman.registrar.directory.DirectoryException.Reason.INVALID;

import java.util.Optional;

/**
 * Device number rules. Rooms are 1-6 digits; the main monitor answers as "9901" and "9901#0",
 * extensions are "9901#1".."9901#9". On the SIP wire '#' arrives escaped as "%23".
 * Door stations, centres and cameras are 1-9 digits (the manual's Center Call No. limit).
 */
public final class DeviceNumber {
    public static final int MAX_DIGITS = 9;
    public static final int MAX_ROOM_DIGITS = 6;

    private DeviceNumber() {}

    /** The number as stored: "%23" unescaped, "#0" folded into the room number. */
    public static String canonical(String raw) {
        String n = raw == null ? "" : raw.trim().replace("%23", "#");
        return n.endsWith("#0") ? n.substring(0, n.length() - 2) : n;
    }

    /** Checks a number for a kind and returns its canonical form, or throws naming what is allowed. */
    public static String validate(DeviceKind kind, String raw) {
        String n = canonical(raw);
        if (n.isEmpty()) {
            throw new DirectoryException(INVALID, "number", "the number is required");
        }
        if (kind == DeviceKind.VTH) {
            if (!n.matches("[0-9]{1," + MAX_ROOM_DIGITS + "}(#[1-9])?")) {
                throw new DirectoryException(INVALID, "number", "'" + raw + "' is not a room number: 1 to "
                        + MAX_ROOM_DIGITS + " digits, optionally #0 (main monitor) or #1-#9 (extension), e.g. 9901 or 9901#1");
            }
        } else if (!n.matches("[0-9]{1," + MAX_DIGITS + "}")) {
            throw new DirectoryException(INVALID, "number", "'" + raw + "' is not a " + kind.id()
                    + " number: 1 to " + MAX_DIGITS + " digits");
        }
        return n;
    }

    /** For an extension "9901#2", the room "9901"; empty for anything else. */
    public static Optional<String> roomOf(String canonical) {
        int hash = canonical.indexOf('#');
        return hash > 0 && canonical.indexOf('#', hash + 1) < 0
                ? Optional.of(canonical.substring(0, hash)) : Optional.empty();
    }

    /** The number as it travels in a SIP URI user part. */
    public static String escaped(String canonical) {
        return canonical.replace("#", "%23");
    }
}
