package org.doorman.media.srtp;

/**
 * What the relay does to one leg's packets: SRTP with that leg's keys, or nothing. Packets from the
 * peer are opened into plain RTP/RTCP; plain packets for the peer are sealed. Not thread-safe: each
 * leg uses its cipher from one thread at a time (SRTP keeps replay and rollover state).
 * An SRTP cipher opens in place: after {@code open…} the caller must not read the array it passed in
 * (reusing it as the next receive buffer is fine); sealing never changes its input.
 */
public interface LegCipher {
    /** A packet from the peer as plain RTP, or null when it fails authentication or is a replay. */
    byte[] openRtp(byte[] packet, int length);

    /** An RTCP packet from the peer as plain RTCP, or null when it fails authentication or is a replay. */
    byte[] openRtcp(byte[] packet, int length);

    /**
     * A plain RTP packet as it goes to the peer, or null when it cannot go safely: not RTP, or an SRTP
     * index already sent (sealing it again would reuse keystream), or one SSRC too many on the leg.
     */
    byte[] sealRtp(byte[] packet, int length);

    /**
     * A plain RTCP packet as it goes to the peer, or null when it is not RTCP, or one SSRC too many on
     * the leg, or one of the first few on an AES_CM_128_HMAC_SHA1_32 leg that still listens for which
     * SRTCP tag length its peer uses.
     */
    byte[] sealRtcp(byte[] packet, int length);

    /** Whether this leg carries SRTP. */
    boolean secure();

    /** Makes the cipher for a leg whose peer sends with {@code peerKey} and to which the relay sends with {@code ownKey}. */
    @FunctionalInterface
    interface Factory {
        LegCipher create(SdesKey peerKey, SdesKey ownKey);
    }

    /** A plain-RTP leg: packets pass as they are (copied only when the length is shorter than the array). */
    LegCipher PLAIN = new LegCipher() {
        @Override
        public byte[] openRtp(byte[] packet, int length) {
            return trim(packet, length);
        }

        @Override
        public byte[] openRtcp(byte[] packet, int length) {
            return trim(packet, length);
        }

        @Override
        public byte[] sealRtp(byte[] packet, int length) {
            return trim(packet, length);
        }

        @Override
        public byte[] sealRtcp(byte[] packet, int length) {
            return trim(packet, length);
        }

        @Override
        public boolean secure() {
            return false;
        }

        private byte[] trim(byte[] packet, int length) {
            return length == packet.length ? packet : java.util.Arrays.copyOf(packet, length);
        }
    };
}
