package org.doorman.registrar.auth;

/**
 * The Digest credentials a device sent in an Authorization header, values exactly as sent (no URI decoding,
 * so an extension's user name stays {@code 9901#1} or {@code 9901%231}, whichever the device put there).
 *
 * <p>algorithm null means MD5 (RFC 7616 section 3.4); cnonce, qop, nc and opaque are null when absent.
 */
public record DigestCredentials(String username, String realm, String nonce, String uri, String response,
        DigestAlgorithm algorithm, String cnonce, String qop, String nc, String opaque) {

    public DigestCredentials {
        require(username, Rfc7616.USERNAME);
        require(realm, Rfc7616.REALM);
        require(nonce, Rfc7616.NONCE);
        require(uri, Rfc7616.URI);
        require(response, Rfc7616.RESPONSE);
        if (algorithm == null) {
            algorithm = DigestAlgorithm.MD5;
        }
        if (qop != null) {
            // with qop the response covers cnonce and nc (RFC 7616 section 3.4): without them it cannot be checked
            require(cnonce, Rfc7616.CNONCE + " (required with qop)");
            require(nc, Rfc7616.NC + " (required with qop)");
        }
    }

    private static void require(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("Digest credentials: " + field + " is missing");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("Digest credentials: " + field + " is empty");
        }
    }
}
