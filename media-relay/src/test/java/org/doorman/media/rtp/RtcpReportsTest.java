package org.doorman.media.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtcpReportsTest {
    private record Report(long ssrc, int fraction, int cumulative, long jitter) {
    }

    private final List<Report> reports = new ArrayList<>();
    private final RtcpReports.Sink sink = (ssrc, f, c, j) -> reports.add(new Report(ssrc, f, c, j));

    @Test
    void readsTheBlockOfAReceiverReport() {
        byte[] rr = TestPackets.receiverReport(0x1111, 0x2222, 64, 1234, 80);
        assertTrue(RtcpReports.read(rr, rr.length, sink));
        assertEquals(List.of(new Report(0x2222, 64, 1234, 80)), reports);
    }

    @Test
    void readsTheBlockOfASenderReportInACompoundWithSdes() {
        byte[] sr = TestPackets.senderReportCompound(0x3333, 0xF0000001L, 255, 70000, 0xFFFFFFFFL);
        assertTrue(RtcpReports.read(sr, sr.length, sink));
        assertEquals(List.of(new Report(0xF0000001L, 255, 70000, 0xFFFFFFFFL)), reports);
    }

    @Test
    void cumulativeLossIsSigned() {
        // duplicates can make it negative (RFC 3550 6.4.1)
        byte[] rr = TestPackets.receiverReport(1, 2, 0, -3, 0);
        assertTrue(RtcpReports.read(rr, rr.length, sink));
        assertEquals(-3, reports.get(0).cumulative());
    }

    @Test
    void refusesCompoundsWhoseLengthsDoNotAddUp() {
        byte[] rr = TestPackets.receiverReport(1, 2, 0, 0, 0);
        assertFalse(RtcpReports.read(rr, 30, sink), "cut inside the block");
        assertFalse(RtcpReports.read(rr, 4, sink), "shorter than a header");
        byte[] longer = Arrays.copyOf(rr, 34);
        assertFalse(RtcpReports.read(longer, 34, sink), "two stray bytes after the packet");
        byte[] v1 = rr.clone();
        v1[0] = 0x41;
        assertFalse(RtcpReports.read(v1, v1.length, sink));
        byte[] rtp = rr.clone();
        rtp[1] = 96;
        assertFalse(RtcpReports.read(rtp, rtp.length, sink), "not an RTCP packet type");
        byte[] tooManyBlocks = rr.clone();
        tooManyBlocks[0] = (byte) 0x82;
        assertFalse(RtcpReports.read(tooManyBlocks, tooManyBlocks.length, sink), "two blocks announced, one present");
        assertTrue(reports.isEmpty(), "nothing is reported from a bad compound");
    }

    @Test
    void anEmptyReceiverReportReportsNothing() {
        byte[] rr = {(byte) 0x80, (byte) 201, 0, 1, 0, 0, 0, 7};
        assertTrue(RtcpReports.read(rr, rr.length, sink));
        assertTrue(reports.isEmpty());
    }
}
