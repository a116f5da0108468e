package org.doorman.media.rtp;

/**
 * The telephone-event packets of one key press as a sender emits them (RFC 4733 section 2.5): every
 * {@link #PTIME_MILLIS} a packet whose duration has grown by one packet time, the first one with the
 * marker bit, the last duration sent as the end packet {@link Rfc4733#END_REPEATS} times. All share
 * one RTP timestamp, the press's start. Sequence numbers are given per packet by the caller, who
 * fits them into the stream they join. Pure: no I/O, no clock.
 */
public final class KeyPress {
    /** Spacing of the packets, the usual audio packet time. */
    public static final int PTIME_MILLIS = 20;
    /** Packets that carry a growing duration, the last of them the end: 6 x 20 ms = a 120 ms tone. */
    static final int TONE_STEPS = 6;
    /** Packets of one press: the tone's steps and the two extra copies of its end. */
    public static final int PACKETS = TONE_STEPS + Rfc4733.END_REPEATS - 1;

    private final int payloadType;
    private final int event;
    private final long timestamp;
    private final long ssrc;

    /**
     * @param payloadType the receiver's telephone-event/8000 payload type
     * @param event the RFC 4733 event code (0-15 for DTMF)
     * @param timestamp the RTP timestamp of the press's start, shared by all its packets
     * @param ssrc the stream the packets are sent in
     */
    public KeyPress(int payloadType, int event, long timestamp, long ssrc) {
        if (payloadType < 0 || payloadType > 127 || event < 0 || event > 255) {
            throw new IllegalArgumentException("payload type " + payloadType + ", event " + event);
        }
        this.payloadType = payloadType;
        this.event = event;
        this.timestamp = timestamp & 0xffffffffL;
        this.ssrc = ssrc & 0xffffffffL;
    }

    public long ssrc() {
        return ssrc;
    }

    public long timestamp() {
        return timestamp;
    }

    /** Whether packet {@code index} (0 to {@link #PACKETS} - 1) carries the end bit. */
    public static boolean isEnd(int index) {
        return index >= TONE_STEPS - 1;
    }

    /** The duration packet {@code index} reports, in 8 kHz timestamp units: one packet time more per step. */
    public static int duration(int index) {
        int step = Math.min(index, TONE_STEPS - 1) + 1;
        return step * PTIME_MILLIS * Rfc4733.CLOCK_RATE / 1000;
    }

    /** Packet {@code index} of the press with the given sequence number: a 12-byte RTP header and the event. */
    public byte[] packet(int index, int sequence) {
        if (index < 0 || index >= PACKETS) {
            throw new IllegalArgumentException("a key press has packets 0 to " + (PACKETS - 1) + ", not " + index);
        }
        byte[] p = new byte[Rfc3550.RTP_HEADER + Rfc4733.PAYLOAD_LENGTH];
        p[0] = (byte) (Rfc3550.VERSION << 6);
        p[1] = (byte) ((index == 0 ? 0x80 : 0) | payloadType);
        p[2] = (byte) (sequence >> 8);
        p[3] = (byte) sequence;
        putInt(p, 4, timestamp);
        putInt(p, 8, ssrc);
        int duration = duration(index);
        p[12] = (byte) event;
        p[13] = (byte) ((isEnd(index) ? Rfc4733.END_BIT : 0) | Rfc4733.DEFAULT_VOLUME);
        p[14] = (byte) (duration >> 8);
        p[15] = (byte) duration;
        return p;
    }

    private static void putInt(byte[] p, int at, long v) {
        p[at] = (byte) (v >> 24);
        p[at + 1] = (byte) (v >> 16);
        p[at + 2] = (byte) (v >> 8);
        p[at + 3] = (byte) v;
    }
}
