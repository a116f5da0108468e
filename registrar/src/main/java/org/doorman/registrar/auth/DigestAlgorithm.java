package org.doorman.registrar.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** The digest hash functions we accept, with their wire tokens (RFC 7616 section 3.3, RFC 8760 for SIP). */
public enum DigestAlgorithm {
    MD5(Rfc7616.ALGORITHM_MD5, 32),
    SHA_256(Rfc7616.ALGORITHM_SHA_256, 64);

    private final String token;
    private final int hexLength;

    DigestAlgorithm(String token, int hexLength) {
        this.token = token;
        this.hexLength = hexLength;
    }

    /** The token as it appears in {@code algorithm=}; it is also the JCA name of the hash. */
    public String token() {
        return token;
    }

    /** Length of {@link #hashHex} output, so a stored HA1 of the wrong algorithm can be told apart. */
    public int hexLength() {
        return hexLength;
    }

    /**
     * The algorithm a client named. A missing parameter (null) means MD5 (RFC 7616 section 3.4); an unsupported
     * one such as MD5-sess is empty, so the caller can answer with a fresh challenge instead of guessing.
     */
    public static Optional<DigestAlgorithm> fromToken(String token) {
        if (token == null) {
            return Optional.of(MD5);
        }
        String t = token.strip();
        for (DigestAlgorithm a : values()) {
            if (a.token.equalsIgnoreCase(t)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Lower-case hex of H(input) over its UTF-8 bytes. */
    public String hashHex(String input) {
        return HexFormat.of().formatHex(newDigest().digest(input.getBytes(StandardCharsets.UTF_8)));
    }

    private MessageDigest newDigest() {
        try {
            // a fresh instance per call: MessageDigest is not thread-safe and getInstance is cheap on JDK 17
            return MessageDigest.getInstance(token);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks " + token + ", which every Java SE platform must provide", e);
        }
    }
}
