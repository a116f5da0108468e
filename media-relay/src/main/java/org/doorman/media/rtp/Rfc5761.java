package org.doorman.media.rtp;

/** RTP and RTCP on one port (RFC 5761 section 4): told apart by the second byte. */
public final class Rfc5761 {
    private Rfc5761() {
    }

    /** Whether a packet on a multiplexed port is RTCP: its packet type lies in 192-223 (RTP payload types 64-95). */
    public static boolean isRtcp(byte[] packet, int length) {
        if (length < 2) {
            return false;
        }
        int pt = packet[1] & 0xff;
        return pt >= 192 && pt <= 223;
    }
}
