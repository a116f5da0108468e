package org.doorman.registrar.directory;

import java.util.Objects;

/**
 * One device in the directory. Names follow the manual's table 5-2; ipAddress, buildNo, unitNo and
 * the web login follow tables 5-1 and 5-3. `phone` marks a third-party SIP phone used as an extension
 * of a room; `server` marks the server's own VTO entry, which cannot be changed or removed.
 */
public record DirectoryEntry(
        String number,
        DeviceKind kind,
        String firstName,
        String lastName,
        String nickName,
        String ipAddress,
        String buildNo,
        String unitNo,
        String webUsername,
        String webPassword,
        boolean phone,
        boolean server,
        Credentials credentials) {
    public DirectoryEntry {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        firstName = Objects.requireNonNullElse(firstName, "");
        lastName = Objects.requireNonNullElse(lastName, "");
        nickName = Objects.requireNonNullElse(nickName, "");
        ipAddress = Objects.requireNonNullElse(ipAddress, "");
        buildNo = Objects.requireNonNullElse(buildNo, "");
        unitNo = Objects.requireNonNullElse(unitNo, "");
        webUsername = Objects.requireNonNullElse(webUsername, "");
        webPassword = Objects.requireNonNullElse(webPassword, "");
    }

    /** Whether the device can register (the server's own entry has no credentials). */
    public boolean canRegister() {
        return credentials != null;
    }
}
