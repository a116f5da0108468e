package org.doorman.media.rtp;

import java.nio.ByteBuffer;

/** Builds RTP, RFC 4733 and RTCP packets for tests, field by field. */
public final class TestPackets {
    private TestPackets() {
    }

    public static byte[] rtp(int payloadType, int sequence, long timestamp, long ssrc, byte[] payload) {
        return rtp(payloadType, false, sequence, timestamp, ssrc, 0, -1, 0, payload);
    }

    /** An RTP packet with {@code csrcs} CSRCs, an extension of {@code extensionWords} words (-1: none) and padding. */
    public static byte[] rtp(int payloadType, boolean marker, int sequence, long timestamp, long ssrc, int csrcs,
                             int extensionWords, int padding, byte[] payload) {
        int extension = extensionWords >= 0 ? 4 + 4 * extensionWords : 0;
        ByteBuffer b = ByteBuffer.allocate(12 + 4 * csrcs + extension + payload.length + padding);
        b.put((byte) (0x80 | (padding > 0 ? 0x20 : 0) | (extension > 0 ? 0x10 : 0) | csrcs));
        b.put((byte) ((marker ? 0x80 : 0) | payloadType));
        b.putShort((short) sequence);
        b.putInt((int) timestamp);
        b.putInt((int) ssrc);
        for (int i = 0; i < csrcs; i++) {
            b.putInt(1000 + i);
        }
        if (extension > 0) {
            b.putShort((short) 0xBEDE);
            b.putShort((short) extensionWords);
            b.put(new byte[4 * extensionWords]);
        }
        b.put(payload);
        for (int i = 1; i < padding; i++) {
            b.put((byte) 0);
        }
        if (padding > 0) {
            b.put((byte) padding);
        }
        return b.array();
    }

    /** A telephone-event packet (RFC 4733): one event, end bit, volume 10, duration. */
    public static byte[] event(int payloadType, int sequence, long timestamp, long ssrc, int event, boolean end,
                               int duration) {
        byte[] payload = {(byte) event, (byte) ((end ? 0x80 : 0) | 10), (byte) (duration >> 8), (byte) duration};
        return rtp(payloadType, false, sequence, timestamp, ssrc, 0, -1, 0, payload);
    }

    /** The packets a sender emits for one key (RFC 4733 2.5): starts, updates, then the end three times. */
    public static byte[][] keyPress(int payloadType, int firstSequence, long timestamp, long ssrc, int event) {
        byte[][] packets = new byte[6][];
        for (int i = 0; i < 3; i++) {
            packets[i] = event(payloadType, firstSequence + i, timestamp, ssrc, event, false, 160 * (i + 1));
        }
        for (int i = 3; i < 6; i++) {
            packets[i] = event(payloadType, firstSequence + i, timestamp, ssrc, event, true, 800);
        }
        return packets;
    }

    /** An RTCP RR with one report block about {@code source}. */
    public static byte[] receiverReport(long reporter, long source, int fractionLost, int cumulativeLost, long jitter) {
        ByteBuffer b = ByteBuffer.allocate(32);
        b.put((byte) 0x81).put((byte) 201).putShort((short) 7).putInt((int) reporter);
        reportBlock(b, source, fractionLost, cumulativeLost, jitter);
        return b.array();
    }

    /** An RTCP SR with one report block, followed by an SDES with a CNAME: a compound packet. */
    public static byte[] senderReportCompound(long sender, long source, int fractionLost, int cumulativeLost,
                                              long jitter) {
        ByteBuffer b = ByteBuffer.allocate(52 + 12);
        b.put((byte) 0x81).put((byte) 200).putShort((short) 12).putInt((int) sender);
        b.putLong(0x1122334455667788L).putInt(160).putInt(50).putInt(8000);
        reportBlock(b, source, fractionLost, cumulativeLost, jitter);
        b.put((byte) 0x81).put((byte) 202).putShort((short) 2).putInt((int) sender);
        b.put((byte) 1).put((byte) 1).put((byte) 'x').put((byte) 0);
        return b.array();
    }

    private static void reportBlock(ByteBuffer b, long source, int fractionLost, int cumulativeLost, long jitter) {
        b.putInt((int) source);
        b.put((byte) fractionLost);
        b.put((byte) (cumulativeLost >> 16)).put((byte) (cumulativeLost >> 8)).put((byte) cumulativeLost);
        b.putInt(1234);
        b.putInt((int) jitter);
        b.putInt(0).putInt(0);
    }
}
