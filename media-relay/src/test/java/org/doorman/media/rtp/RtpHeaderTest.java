package org.doorman.media.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RtpHeaderTest {
    private static final byte[] PAYLOAD = new byte[160];

    @Test
    void readsTheFixedHeader() {
        byte[] p = TestPackets.rtp(8, true, 65535, 0xFFFFFFF0L, 0xDEADBEEFL, 0, -1, 0, PAYLOAD);
        assertEquals(12, RtpHeader.payloadOffset(p, p.length));
        assertEquals(p.length, RtpHeader.payloadEnd(p, p.length));
        assertEquals(8, RtpHeader.payloadType(p));
        assertTrue(RtpHeader.marker(p));
        assertEquals(65535, RtpHeader.sequence(p));
        assertEquals(0xFFFFFFF0L, RtpHeader.timestamp(p));
        assertEquals(0xDEADBEEFL, RtpHeader.ssrc(p));
    }

    @Test
    void stepsOverCsrcsAndTheHeaderExtension() {
        byte[] p = TestPackets.rtp(0, false, 1, 2, 3, 2, 3, 0, PAYLOAD);
        assertEquals(12 + 8 + 4 + 12, RtpHeader.payloadOffset(p, p.length));
        assertFalse(RtpHeader.marker(p));
    }

    @Test
    void leavesThePaddingOut() {
        byte[] p = TestPackets.rtp(0, false, 1, 2, 3, 0, -1, 4, PAYLOAD);
        assertEquals(12, RtpHeader.payloadOffset(p, p.length));
        assertEquals(12 + PAYLOAD.length, RtpHeader.payloadEnd(p, p.length));
    }

    @Test
    void refusesPacketsWhoseHeaderDoesNotFit() {
        byte[] ok = TestPackets.rtp(0, 1, 2, 3, PAYLOAD);
        assertEquals(-1, RtpHeader.payloadOffset(ok, 11), "shorter than the fixed header");
        byte[] v1 = ok.clone();
        v1[0] = (byte) 0x40;
        assertEquals(-1, RtpHeader.payloadOffset(v1, v1.length), "version 1");
        byte[] csrcs = TestPackets.rtp(0, false, 1, 2, 3, 15, -1, 0, new byte[0]);
        assertEquals(-1, RtpHeader.payloadOffset(csrcs, 20), "15 CSRCs in 20 bytes");
        byte[] ext = TestPackets.rtp(0, false, 1, 2, 3, 0, 10, 0, new byte[0]);
        assertEquals(-1, RtpHeader.payloadOffset(ext, 20), "extension longer than the packet");
        assertEquals(-1, RtpHeader.payloadOffset(Arrays.copyOf(ext, 14), 14), "extension header cut off");
        byte[] pad = TestPackets.rtp(0, false, 1, 2, 3, 0, -1, 4, new byte[2]);
        pad[pad.length - 1] = (byte) 200;
        assertEquals(-1, RtpHeader.payloadOffset(pad, pad.length), "padding longer than the packet");
        pad[pad.length - 1] = 0;
        assertEquals(-1, RtpHeader.payloadOffset(pad, pad.length), "padding count of zero");
    }

    @Test
    void rtcpOnAMultiplexedPortIsToldApartByItsType() {
        assertTrue(Rfc5761.isRtcp(TestPackets.receiverReport(1, 2, 0, 0, 0), 32));
        assertFalse(Rfc5761.isRtcp(TestPackets.rtp(0, 1, 2, 3, PAYLOAD), 172));
        assertFalse(Rfc5761.isRtcp(TestPackets.rtp(96, 1, 2, 3, PAYLOAD), 172), "dynamic types above 95 are RTP");
        assertFalse(Rfc5761.isRtcp(new byte[] {(byte) 0x80}, 1));
    }
}
