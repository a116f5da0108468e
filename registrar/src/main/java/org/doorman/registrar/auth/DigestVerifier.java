package org.doorman.registrar.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks a digest response against a stored HA1, and writes the challenge that asks for one (RFC 7616 sections
 * 3.3 and 3.4.1).
 *
 * <p>This checks the password only. The caller still checks the nonce ({@link NonceService}), that the realm is
 * ours and the user is known; checking the response first means a forged request cannot use up a legitimate
 * client's nonce count, and RFC 7616 sets stale=true only when the response itself was right.
 */
public final class DigestVerifier {

    private DigestVerifier() {
    }

    /**
     * True when the response is right for qop=auth or for no qop (RFC 2069 compatibility, still common on door
     * stations). False for qop=auth-int, which we never offer.
     *
     * @param ha1Hex HA1 for {@code c.algorithm()}, e.g. from {@link Ha1#of}
     * @throws IllegalArgumentException if the HA1 has the length of another algorithm: the caller looked up the
     *     wrong one, which should be fixed rather than counted as a wrong password
     */
    public static boolean verify(DigestCredentials c, String method, String ha1Hex) {
        Objects.requireNonNull(c, "credentials");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(ha1Hex, "ha1Hex");
        DigestAlgorithm a = c.algorithm();
        if (ha1Hex.length() != a.hexLength()) {
            throw new IllegalArgumentException("HA1 has " + ha1Hex.length() + " hex digits but " + a.token()
                    + " needs " + a.hexLength());
        }
        String ha1 = ha1Hex.toLowerCase(Locale.ROOT);
        String ha2 = a.hashHex(method + ":" + c.uri());
        String expected;
        if (c.qop() == null) {
            expected = a.hashHex(ha1 + ":" + c.nonce() + ":" + ha2);
        } else if (c.qop().equalsIgnoreCase(Rfc7616.QOP_AUTH)) {
            // the qop value goes in as sent: that is what the client hashed
            expected = a.hashHex(ha1 + ":" + c.nonce() + ":" + c.nc() + ":" + c.cnonce() + ":" + c.qop() + ":" + ha2);
        } else {
            return false;
        }
        // constant time, so response bytes cannot be guessed one by one from timing
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                c.response().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The WWW-Authenticate (or Proxy-Authenticate) value, e.g.
     * {@code Digest realm="doorman", nonce="...", algorithm=SHA-256, qop="auth", stale=true}.
     *
     * @param stale true when the client's response was right but its nonce had expired, so it retries without
     *     asking its user for the password again
     */
    public static String challenge(String realm, String nonce, DigestAlgorithm a, boolean stale) {
        Objects.requireNonNull(a, "algorithm");
        StringBuilder b = new StringBuilder(Rfc7616.SCHEME)
                .append(' ').append(Rfc7616.REALM).append('=').append(quote(realm, Rfc7616.REALM))
                .append(", ").append(Rfc7616.NONCE).append('=').append(quote(nonce, Rfc7616.NONCE))
                .append(", ").append(Rfc7616.ALGORITHM).append('=').append(a.token())
                .append(", ").append(Rfc7616.QOP).append("=\"").append(Rfc7616.QOP_AUTH).append('"');
        if (stale) {
            b.append(", ").append(Rfc7616.STALE).append("=true");
        }
        return b.toString();
    }

    /** quoted-string of RFC 7230 section 3.2.6; control characters cannot be quoted, so they are refused. */
    private static String quote(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw new IllegalArgumentException(name + " contains a control character");
            }
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('"').toString();
    }
}
