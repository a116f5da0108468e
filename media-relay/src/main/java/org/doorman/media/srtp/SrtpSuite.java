package org.doorman.media.srtp;

import java.util.Optional;

/** The SRTP crypto suites doorman negotiates by SDES (RFC 4568, RFC 7714), best first, with their key sizes. */
public enum SrtpSuite {
    AEAD_AES_128_GCM(16, 12, 16),
    AES_CM_128_HMAC_SHA1_80(16, 14, 10),
    AES_CM_128_HMAC_SHA1_32(16, 14, 4);

    private final int keyLength;
    private final int saltLength;
    private final int tagLength;

    SrtpSuite(int keyLength, int saltLength, int tagLength) {
        this.keyLength = keyLength;
        this.saltLength = saltLength;
        this.tagLength = tagLength;
    }

    public int keyLength() {
        return keyLength;
    }

    public int saltLength() {
        return saltLength;
    }

    /** Bytes of authentication tag each SRTP packet carries (RTCP uses the 80-bit tag for the HMAC suites). */
    public int tagLength() {
        return tagLength;
    }

    /** The suite named in an a=crypto line, if doorman knows it. */
    public static Optional<SrtpSuite> byName(String name) {
        for (SrtpSuite s : values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
