package org.doorman.media.srtp;

import org.jitsi.srtp.SrtpPolicy;

/** What each SDES suite means to jitsi-srtp, for RTP and for RTCP (RFC 3711, RFC 4568 section 6.2, RFC 7714). */
final class SrtpPolicies {
    private static final int HMAC_SHA1_KEY_LENGTH = 20;
    /** RFC 4568 6.2.2: the _32 suite shortens only the SRTP tag; SRTCP keeps the 80-bit one. */
    private static final int SRTCP_HMAC_TAG_LENGTH = 10;

    private SrtpPolicies() {
    }

    static SrtpPolicy forRtp(SrtpSuite suite) {
        return policy(suite, suite.tagLength());
    }

    static SrtpPolicy forRtcp(SrtpSuite suite) {
        return policy(suite, suite == SrtpSuite.AEAD_AES_128_GCM ? suite.tagLength() : SRTCP_HMAC_TAG_LENGTH);
    }

    /** SRTCP as libre (baresip) and others do it for the _32 suite: the 32-bit tag on SRTCP too. */
    static SrtpPolicy forShortTagRtcp(SrtpSuite suite) {
        return policy(suite, suite.tagLength());
    }

    /** Whether peers disagree on this suite's SRTCP tag (see {@link SrtcpTagLearner}). */
    static boolean hasShortTagVariant(SrtpSuite suite) {
        return suite == SrtpSuite.AES_CM_128_HMAC_SHA1_32;
    }

    /** Bytes sealing adds to an RTP packet. */
    static int rtpOverhead(SrtpSuite suite) {
        return suite.tagLength();
    }

    /** Bytes sealing adds to an RTCP packet under this policy: the E flag and SRTCP index, then the tag. */
    static int rtcpOverhead(SrtpPolicy rtcpPolicy) {
        return 4 + rtcpPolicy.getAuthTagLength();
    }

    private static SrtpPolicy policy(SrtpSuite suite, int tagLength) {
        return switch (suite) {
            case AES_CM_128_HMAC_SHA1_80, AES_CM_128_HMAC_SHA1_32 -> new SrtpPolicy(SrtpPolicy.AESCM_ENCRYPTION,
                    suite.keyLength(), SrtpPolicy.HMACSHA1_AUTHENTICATION, HMAC_SHA1_KEY_LENGTH, tagLength,
                    suite.saltLength());
            // GCM authenticates by its own tag: no HMAC key
            case AEAD_AES_128_GCM -> new SrtpPolicy(SrtpPolicy.AESGCM_ENCRYPTION, suite.keyLength(),
                    SrtpPolicy.NULL_AUTHENTICATION, 0, tagLength, suite.saltLength());
        };
    }
}
