package org.doorman.media.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The packets of one key press, byte by byte: marker first, growing durations, the end three times. */
class KeyPressTest {
    private static final HexFormat HEX = HexFormat.of();
    private final KeyPress five = new KeyPress(101, 5, 0x11223344L, 0xCAFEBABEL);

    @Test
    void theFirstPacketCarriesTheMarkerAndOnePacketTime() {
        // V=2, M=1 PT=101, seq 0x0102, ts, SSRC | event 5, E=0 volume 10, duration 160
        assertEquals("80e50102" + "11223344" + "cafebabe" + "05" + "0a" + "00a0", HEX.formatHex(five.packet(0, 0x0102)));
    }

    @Test
    void continuationsGrowByOnePacketTimeWithoutMarker() {
        assertEquals("80650103" + "11223344" + "cafebabe" + "05" + "0a" + "0140", HEX.formatHex(five.packet(1, 0x0103)));
        assertEquals("80650106" + "11223344" + "cafebabe" + "05" + "0a" + "0320", HEX.formatHex(five.packet(4, 0x0106)));
    }

    @Test
    void theEndIsSentThreeTimesWithTheFinalDuration() {
        for (int i = 5; i < 8; i++) {
            String seq = String.format("%04x", 0x0102 + i);
            assertEquals("8065" + seq + "11223344" + "cafebabe" + "05" + "8a" + "03c0",
                    HEX.formatHex(five.packet(i, 0x0102 + i)), "packet " + i);
        }
        assertEquals(8, KeyPress.PACKETS);
    }

    @Test
    void everyPacketSharesTheTimestampAndSsrcAndParsesAsRtp() {
        for (int i = 0; i < KeyPress.PACKETS; i++) {
            byte[] p = five.packet(i, 65535 + i);
            assertEquals(0x11223344L, RtpHeader.timestamp(p));
            assertEquals(0xCAFEBABEL, RtpHeader.ssrc(p));
            assertEquals((65535 + i) & 0xffff, RtpHeader.sequence(p), "sequence numbers wrap at 16 bits");
            assertEquals(i == 0, RtpHeader.marker(p));
            assertEquals(101, RtpHeader.payloadType(p));
            assertEquals(12, RtpHeader.payloadOffset(p, p.length));
        }
    }

    @Test
    void theProjectsOwnDetectorReadsOneDigitFromAPress() {
        TelephoneEventDetector detector = new TelephoneEventDetector();
        StringBuilder digits = new StringBuilder();
        KeyPress hash = new KeyPress(96, Rfc4733.event('#'), 8000, 7);
        for (int i = 0; i < KeyPress.PACKETS; i++) {
            char key = detector.accept(hash.packet(i, 40 + i), 16);
            if (key != 0) {
                digits.append(key);
            }
        }
        assertEquals("#", digits.toString());
    }

    @Test
    void keysMapToEventsAndBack() {
        int[] events = "0*#dE".chars().map(c -> Rfc4733.event((char) c)).toArray();
        assertArrayEquals(new int[] {0, 10, 11, 15, -1}, events, "lower-case a-d too; E is no DTMF key");
        for (char k : "0123456789*#ABCD".toCharArray()) {
            assertEquals(k, Rfc4733.key(Rfc4733.event(k)));
        }
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new KeyPress(128, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> five.packet(KeyPress.PACKETS, 0));
        assertArrayEquals(five.packet(7, 9), five.packet(7, 9), "building is repeatable");
    }
}
