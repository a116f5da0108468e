package org.doorman.media.srtp;

/**
 * Which SRTCP tag an AES_CM_128_HMAC_SHA1_32 leg uses. RFC 3711 (5.2) and RFC 4568 keep SRTCP at the
 * 80-bit tag and libsrtp and pjsip follow them, but libre (baresip's SRTP) and others cut SRTCP to 32
 * bits as well. Opening accepts both until the first SRTCP packet that authenticates tells which one
 * the peer uses; sealing then answers in kind. Sealing waits for that answer for a few packets rather
 * than guess, because changing tag length later would restart the SRTCP index under the same key.
 */
final class SrtcpTagLearner {
    /** RTCP packets the relay would send before it stops waiting for the peer and uses the RFC tag. */
    static final int SEALS_BEFORE_GIVING_UP = 3;

    private enum Seen { NOTHING, RFC_TAG, SHORT_TAG }

    private final boolean peerMayUseShortTag;
    private Seen seen = Seen.NOTHING;
    private Boolean sealShort;
    private int sealsWaited;

    /** @param peerMayUseShortTag whether the peer's suite is AES_CM_128_HMAC_SHA1_32 */
    SrtcpTagLearner(boolean peerMayUseShortTag) {
        this.peerMayUseShortTag = peerMayUseShortTag;
    }

    boolean tryRfcTag() {
        return seen != Seen.SHORT_TAG;
    }

    boolean tryShortTag() {
        return peerMayUseShortTag && seen != Seen.RFC_TAG;
    }

    /** The peer's SRTCP authenticated with the short tag ({@code true}) or the RFC one. */
    void opened(boolean shortTag) {
        if (seen == Seen.NOTHING) {
            seen = shortTag ? Seen.SHORT_TAG : Seen.RFC_TAG;
        }
    }

    /** Whether to seal with the short tag; null while still waiting to learn what the peer uses. */
    Boolean sealWithShortTag() {
        if (sealShort == null) {
            if (seen != Seen.NOTHING) {
                sealShort = seen == Seen.SHORT_TAG;
            } else if (!peerMayUseShortTag || ++sealsWaited > SEALS_BEFORE_GIVING_UP) {
                sealShort = false;
            }
        }
        return sealShort;
    }
}
