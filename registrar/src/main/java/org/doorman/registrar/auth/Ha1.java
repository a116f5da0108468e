package org.doorman.registrar.auth;

import java.util.Objects;

/** Computes HA1 = H(username:realm:password), the value a directory may store instead of the password. */
public final class Ha1 {

    private Ha1() {
    }

    /** The user name exactly as the device sends it in the digest, e.g. {@code 9901#1}: no URI decoding here. */
    public static String of(DigestAlgorithm a, String user, String realm, String password) {
        Objects.requireNonNull(a, "algorithm");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(password, "password");
        return a.hashHex(user + ":" + realm + ":" + password);
    }
}
