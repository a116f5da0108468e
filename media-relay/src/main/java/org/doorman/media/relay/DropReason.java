package org.doorman.media.relay;

/** Why the relay dropped a packet instead of forwarding it. */
public enum DropReason {
    /** From an address other than the leg's latched or signalled peer (RTP bleed, spoofing). */
    WRONG_SOURCE,
    /** SRTP/SRTCP authentication failed, or a replay. */
    SRTP_AUTH,
    /** Not RTP/RTCP version 2, or its lengths do not add up. */
    MALFORMED,
    /** Nowhere to send it yet: no answer negotiated, the stream rejected, or the other peer's address unknown. */
    UNROUTABLE,
    /** The SRTP cipher of the outgoing leg would not seal it: an index already sent, too many SSRCs, or (on an
     * AES_CM_128_HMAC_SHA1_32 leg) RTCP held back while the peer's SRTCP tag length is still unknown. */
    SRTP_SEAL
}
