package org.doorman.media.relay;

import org.doorman.media.rtp.KeyPress;
import org.doorman.media.rtp.Rfc4733;
import org.doorman.media.rtp.RtpHeader;

/**
 * The RTP numbering of what the relay sends toward one leg, so that packets the relay makes itself
 * (DTMF key presses) fit in without colliding with the forwarded stream.
 *
 * <p>A key press joins the forwarded stream when one is live: its SSRC, the next sequence number,
 * and a timestamp extrapolated from the stream's last packet; every later forwarded packet of that
 * SSRC is then renumbered one further per injected packet. A second SSRC would not do: baresip 1.0
 * flushes its jitter buffer on every SSRC change, so events interleaved with audio from another
 * SSRC never leave it. When nothing is being forwarded the press goes in a stream of the relay's
 * own (random SSRC, sequence and timestamp base). Not thread-safe: the session's event loop only.
 */
final class OutgoingStream {
    /** A forwarded stream silent for longer than this is not joined (its timestamps cannot be trusted). */
    static final long JOIN_WINDOW_NANOS = 1_000_000_000L;

    private final long ownSsrc;
    private final long ownTimestampBase;
    private final long createdNanos;
    private int ownSequence;
    private long forwardedSsrc = -1;
    private int offset;
    private int lastSequence;
    private long lastTimestamp;
    private long lastNanos;
    private long lastPressSsrc = -1;
    private long lastPressTimestamp;

    OutgoingStream(long ownSsrc, int ownSequence, long ownTimestampBase, long nowNanos) {
        this.ownSsrc = ownSsrc & 0xffffffffL;
        this.ownSequence = ownSequence & 0xffff;
        this.ownTimestampBase = ownTimestampBase & 0xffffffffL;
        this.createdNanos = nowNanos;
    }

    /**
     * A plain RTP packet about to be forwarded toward the leg: renumbers it in place past the packets
     * injected into its SSRC. Returns its new sequence number, or -1 when it is unchanged.
     */
    int forwarded(byte[] packet, long nowNanos) {
        long ssrc = RtpHeader.ssrc(packet);
        int original = RtpHeader.sequence(packet);
        if (ssrc != forwardedSsrc) {
            forwardedSsrc = ssrc; // a new source starts unshifted; the old one's shift is forgotten
            offset = 0;
            remember(original, RtpHeader.timestamp(packet), nowNanos);
            return -1;
        }
        int sequence = (original + offset) & 0xffff;
        if ((short) (sequence - lastSequence) > 0) {
            remember(sequence, RtpHeader.timestamp(packet), nowNanos);
        }
        if (offset == 0) {
            return -1;
        }
        packet[2] = (byte) (sequence >> 8);
        packet[3] = (byte) sequence;
        return sequence;
    }

    private void remember(int sequence, long timestamp, long nowNanos) {
        lastSequence = sequence;
        lastTimestamp = timestamp;
        lastNanos = nowNanos;
    }

    /** A key press starting now: in the live forwarded stream if there is one, else in the relay's own. */
    KeyPress start(int payloadType, int event, long nowNanos) {
        long ssrc;
        long timestamp;
        if (forwardedSsrc >= 0 && nowNanos - lastNanos < JOIN_WINDOW_NANOS) {
            ssrc = forwardedSsrc;
            timestamp = lastTimestamp + ticks(nowNanos - lastNanos);
        } else {
            ssrc = ownSsrc;
            timestamp = ownTimestampBase + ticks(nowNanos - createdNanos);
        }
        timestamp &= 0xffffffffL;
        long lastEnd = lastPressTimestamp + KeyPress.duration(KeyPress.PACKETS - 1);
        if (ssrc == lastPressSsrc && (int) (timestamp - lastEnd) <= 0) {
            timestamp = (lastEnd + 1) & 0xffffffffL; // each press a new timestamp, whatever the sender's clock did
        }
        lastPressSsrc = ssrc;
        lastPressTimestamp = timestamp;
        return new KeyPress(payloadType, event, timestamp, ssrc);
    }

    /**
     * The sequence number of the next packet of a press in {@code ssrc}; {@code previous} is the press's
     * last one (-1 before its first), used when the forwarded stream changed SSRC under the press.
     */
    int nextSequence(long ssrc, int previous) {
        if (ssrc == forwardedSsrc) {
            offset = (offset + 1) & 0xffff;
            lastSequence = (lastSequence + 1) & 0xffff;
            return lastSequence;
        }
        if (ssrc == ownSsrc) {
            ownSequence = (ownSequence + 1) & 0xffff;
            return ownSequence;
        }
        return (previous + 1) & 0xffff;
    }

    private static long ticks(long nanos) {
        return nanos / (1_000_000_000L / Rfc4733.CLOCK_RATE);
    }
}
