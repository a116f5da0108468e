package org.doorman.registrar.auth;

/**
 * Protocol constants of HTTP Digest authentication (RFC 7616, which obsoletes RFC 2617), as SIP uses it
 * (RFC 3261 section 22.4; SHA-256 for SIP by RFC 8760).
 */
public final class Rfc7616 {
    public static final String SCHEME = "Digest";

    public static final String ALGORITHM_MD5 = "MD5";
    public static final String ALGORITHM_SHA_256 = "SHA-256";

    /** The only quality of protection we support: auth-int would need the message body, which SIP devices rarely send. */
    public static final String QOP_AUTH = "auth";

    /** nc is exactly 8 hexadecimal digits (section 3.4). */
    public static final int NONCE_COUNT_DIGITS = 8;

    public static final String USERNAME = "username";
    public static final String REALM = "realm";
    public static final String NONCE = "nonce";
    public static final String URI = "uri";
    public static final String RESPONSE = "response";
    public static final String ALGORITHM = "algorithm";
    public static final String CNONCE = "cnonce";
    public static final String QOP = "qop";
    public static final String NC = "nc";
    public static final String OPAQUE = "opaque";
    public static final String STALE = "stale";

    private Rfc7616() {
    }
}
