package org.doorman.media.rtp;

/**
 * Walks an RTCP compound packet (RFC 3550 section 6.1) and hands each reception report block of its
 * SR and RR packets to a sink, without allocating. Other packet types (SDES, BYE, APP, feedback, XR)
 * are stepped over.
 */
public final class RtcpReports {
    /** Receives one report block: what the reporting peer received from the source {@code ssrc}. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param fractionLost fraction lost since the last report, in 1/256
         * @param cumulativeLost packets lost since the start (signed 24-bit)
         * @param jitter interarrival jitter in RTP timestamp units
         */
        void report(long ssrc, int fractionLost, int cumulativeLost, long jitter);
    }

    private RtcpReports() {
    }

    /** Reads {@code length} bytes as a compound packet; false when it is not well formed (nothing reported then). */
    public static boolean read(byte[] p, int length, Sink sink) {
        if (!wellFormed(p, length)) {
            return false;
        }
        int at = 0;
        while (at < length) {
            int count = p[at] & 0x1f;
            int type = p[at + 1] & 0xff;
            int end = at + 4 * (lengthWords(p, at) + 1);
            int blocks = -1;
            if (type == Rfc3550.RTCP_SR) {
                blocks = at + Rfc3550.RTCP_HEADER + Rfc3550.SENDER_INFO;
            } else if (type == Rfc3550.RTCP_RR) {
                blocks = at + Rfc3550.RTCP_HEADER;
            }
            if (blocks >= 0) {
                for (int i = 0; i < count && blocks + Rfc3550.REPORT_BLOCK <= end; i++, blocks += Rfc3550.REPORT_BLOCK) {
                    int cumulative = ((p[blocks + 5] & 0xff) << 16) | ((p[blocks + 6] & 0xff) << 8) | (p[blocks + 7] & 0xff);
                    sink.report(RtpHeader.readUnsigned32(p, blocks), p[blocks + 4] & 0xff, (cumulative << 8) >> 8,
                            RtpHeader.readUnsigned32(p, blocks + 12));
                }
            }
            at = end;
        }
        return true;
    }

    /** Version 2 in every packet, RTCP packet types, lengths that add up exactly, report blocks that fit. */
    static boolean wellFormed(byte[] p, int length) {
        if (length < Rfc3550.RTCP_HEADER) {
            return false;
        }
        int at = 0;
        while (at < length) {
            if (at + 4 > length || (p[at] & 0xc0) >> 6 != Rfc3550.VERSION) {
                return false;
            }
            int type = p[at + 1] & 0xff;
            int size = 4 * (lengthWords(p, at) + 1);
            if (type < 192 || type > 223 || at + size > length) {
                return false;
            }
            int count = p[at] & 0x1f;
            int fixed = type == Rfc3550.RTCP_SR ? Rfc3550.RTCP_HEADER + Rfc3550.SENDER_INFO
                    : type == Rfc3550.RTCP_RR ? Rfc3550.RTCP_HEADER : 0;
            if (fixed > 0 && fixed + count * Rfc3550.REPORT_BLOCK > size) {
                return false;
            }
            at += size;
        }
        return true;
    }

    private static int lengthWords(byte[] p, int at) {
        return ((p[at + 2] & 0xff) << 8) | (p[at + 3] & 0xff);
    }
}
