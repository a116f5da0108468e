package org.doorman.registrar.directory;

import java.util.Objects;

/**
 * A device's registration secret, kept only as digest HA1 hashes for the realm (never the password).
 * A number with '#' is hashed under both spellings a client may use as digest username,
 * "9901#1" and "9901%231".
 */
public record Credentials(String realm, String md5, String sha256, String md5Escaped, String sha256Escaped) {
    public Credentials {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(md5, "md5");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The HA1 for the algorithm token ("MD5" or "SHA-256") and the username as the client wrote it, or null. */
    public String ha1(String algorithm, String username, String canonicalNumber) {
        boolean sha = "SHA-256".equalsIgnoreCase(algorithm);
        if (username.equals(canonicalNumber)) {
            return sha ? sha256 : md5;
        }
        if (username.equals(DeviceNumber.escaped(canonicalNumber))) {
            return sha ? sha256Escaped : md5Escaped;
        }
        return null;
    }
}
