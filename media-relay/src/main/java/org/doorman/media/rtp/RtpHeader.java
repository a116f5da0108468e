package org.doorman.media.rtp;

/**
 * Reads the fields of an RTP packet (RFC 3550 section 5.1) in place, without allocating: the relay
 * calls it for every packet. Offsets are from the start of the array; a packet the checks refuse
 * gives -1 from {@link #payloadOffset}.
 */
public final class RtpHeader {
    private RtpHeader() {
    }

    /**
     * Where the payload starts after the fixed header, the CSRC list and a header extension, or -1
     * when the packet is not version 2, is shorter than its header says, or its padding does not fit.
     */
    public static int payloadOffset(byte[] p, int length) {
        if (length < Rfc3550.RTP_HEADER || (p[0] & 0xc0) >> 6 != Rfc3550.VERSION) {
            return -1;
        }
        int offset = Rfc3550.RTP_HEADER + 4 * (p[0] & 0x0f);
        if ((p[0] & 0x10) != 0) {
            if (offset + 4 > length) {
                return -1;
            }
            int words = ((p[offset + 2] & 0xff) << 8) | (p[offset + 3] & 0xff);
            offset += 4 + 4 * words;
        }
        if (offset > length || offset > payloadEnd(p, length)) {
            return -1;
        }
        return offset;
    }

    /** Where the payload ends: the length minus the padding the last byte counts when P is set (-1 if impossible). */
    public static int payloadEnd(byte[] p, int length) {
        if ((p[0] & 0x20) == 0) {
            return length;
        }
        int padding = p[length - 1] & 0xff;
        return padding == 0 || padding > length - Rfc3550.RTP_HEADER ? -1 : length - padding;
    }

    public static int payloadType(byte[] p) {
        return p[1] & 0x7f;
    }

    public static boolean marker(byte[] p) {
        return (p[1] & 0x80) != 0;
    }

    public static int sequence(byte[] p) {
        return ((p[2] & 0xff) << 8) | (p[3] & 0xff);
    }

    /** The 32-bit timestamp as an unsigned value. */
    public static long timestamp(byte[] p) {
        return readUnsigned32(p, 4);
    }

    /** The 32-bit SSRC as an unsigned value. */
    public static long ssrc(byte[] p) {
        return readUnsigned32(p, 8);
    }

    static long readUnsigned32(byte[] p, int at) {
        return ((long) (p[at] & 0xff) << 24) | ((p[at + 1] & 0xff) << 16) | ((p[at + 2] & 0xff) << 8) | (p[at + 3] & 0xff);
    }
}
