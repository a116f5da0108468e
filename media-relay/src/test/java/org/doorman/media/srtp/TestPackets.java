package org.doorman.media.srtp;

import java.util.HexFormat;

/** Plain RTP and RTCP packets for the cipher tests. */
final class TestPackets {
    static final int G711_PAYLOAD = 160;

    private TestPackets() {
    }

    /** A PCMU packet of this stream with 20 ms of made-up payload that depends on the sequence number. */
    static byte[] rtp(int ssrc, int seq) {
        byte[] p = new byte[12 + G711_PAYLOAD];
        p[0] = (byte) 0x80;
        p[2] = (byte) (seq >> 8);
        p[3] = (byte) seq;
        putInt(p, 4, seq * G711_PAYLOAD);
        putInt(p, 8, ssrc);
        for (int i = 12; i < p.length; i++) {
            p[i] = (byte) (seq * 7 + i);
        }
        return p;
    }

    /** An RTCP sender report without report blocks. */
    static byte[] rtcp(int ssrc, int count) {
        byte[] p = new byte[28];
        p[0] = (byte) 0x80;
        p[1] = (byte) 200;
        p[3] = 6;
        putInt(p, 4, ssrc);
        for (int i = 8; i < p.length; i++) {
            p[i] = (byte) (count * 13 + i);
        }
        return p;
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    static String hex(byte[] b) {
        return b == null ? "null" : HexFormat.of().formatHex(b);
    }

    private static void putInt(byte[] p, int at, int v) {
        p[at] = (byte) (v >> 24);
        p[at + 1] = (byte) (v >> 16);
        p[at + 2] = (byte) (v >> 8);
        p[at + 3] = (byte) v;
    }
}
