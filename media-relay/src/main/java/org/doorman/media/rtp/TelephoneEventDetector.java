package org.doorman.media.rtp;

/**
 * Turns one RTP stream's telephone-event packets into digits: one per event (an event is one RTP
 * timestamp of one SSRC), reported on its first end packet. The ends RFC 4733 repeats three times,
 * retransmissions and late copies of events already reported are ignored; a new timestamp is a new
 * digit even for the same key. Not thread-safe: one stream, one thread.
 */
public final class TelephoneEventDetector {
    private long ssrc = -1;
    private long lastReported = -1;

    /**
     * Reads one telephone-event packet (a whole RTP packet whose payload type is telephone-event).
     *
     * @return the key when this packet ends a new event, else 0 (not an end, already reported, not DTMF, malformed)
     */
    public char accept(byte[] packet, int length) {
        int at = RtpHeader.payloadOffset(packet, length);
        if (at < 0 || RtpHeader.payloadEnd(packet, length) - at < Rfc4733.PAYLOAD_LENGTH) {
            return 0;
        }
        if ((packet[at + 1] & Rfc4733.END_BIT) == 0) {
            return 0;
        }
        long source = RtpHeader.ssrc(packet);
        long timestamp = RtpHeader.timestamp(packet);
        if (source == ssrc && lastReported >= 0 && !isNewer(timestamp, lastReported)) {
            return 0;
        }
        char key = Rfc4733.key(packet[at] & 0xff);
        if (key == 0) {
            return 0;
        }
        ssrc = source;
        lastReported = timestamp;
        return key;
    }

    /** Whether timestamp {@code a} comes after {@code b}, modulo 2^32 (RFC 3550's wrap-around arithmetic). */
    private static boolean isNewer(long a, long b) {
        return (int) (a - b) > 0;
    }
}
