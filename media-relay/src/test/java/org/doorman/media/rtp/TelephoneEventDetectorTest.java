package org.doorman.media.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TelephoneEventDetectorTest {
    private static final int PT = 101;
    private static final long SSRC = 0x0A0B0C0DL;
    private final TelephoneEventDetector detector = new TelephoneEventDetector();
    private final StringBuilder digits = new StringBuilder();

    private void feed(byte[]... packets) {
        for (byte[] p : packets) {
            char key = detector.accept(p, p.length);
            if (key != 0) {
                digits.append(key);
            }
        }
    }

    @Test
    void everyEventCodeMapsToItsKey() {
        for (int event = 0; event < 16; event++) {
            feed(TestPackets.keyPress(PT, event * 10, 1000L * (event + 1), SSRC, event));
        }
        assertEquals("0123456789*#ABCD", digits.toString());
    }

    @Test
    void oneDigitPerEventDespiteTheThreeEnds() {
        feed(TestPackets.keyPress(PT, 1, 8000, SSRC, 4));
        assertEquals("4", digits.toString());
    }

    @Test
    void theDigitComesWithTheFirstEndNotBefore() {
        byte[][] press = TestPackets.keyPress(PT, 1, 8000, SSRC, 5);
        feed(press[0], press[1], press[2]);
        assertEquals("", digits.toString());
        feed(press[3]);
        assertEquals("5", digits.toString());
    }

    @Test
    void theSameKeyPressedAgainIsANewDigit() {
        feed(TestPackets.keyPress(PT, 1, 8000, SSRC, 4));
        feed(TestPackets.keyPress(PT, 7, 9600, SSRC, 4));
        feed(TestPackets.keyPress(PT, 13, 11200, SSRC, 5));
        feed(TestPackets.keyPress(PT, 19, 12800, SSRC, 6));
        assertEquals("4456", digits.toString());
    }

    @Test
    void lateRetransmittedEndsOfAnEarlierEventAreIgnored() {
        byte[][] first = TestPackets.keyPress(PT, 1, 8000, SSRC, 4);
        byte[][] second = TestPackets.keyPress(PT, 7, 9600, SSRC, 5);
        feed(first);
        feed(second);
        feed(first[5], first[3]);
        assertEquals("45", digits.toString());
    }

    @Test
    void duplicatedEndsInterleavedWithTheNextEventStayOne() {
        byte[][] first = TestPackets.keyPress(PT, 1, 8000, SSRC, 1);
        byte[][] second = TestPackets.keyPress(PT, 7, 9600, SSRC, 2);
        feed(first[0], first[3], second[0], first[4], second[1], first[5], second[3], second[4], second[5]);
        assertEquals("12", digits.toString());
    }

    @Test
    void timestampsWrapAround() {
        feed(TestPackets.keyPress(PT, 1, 0xFFFFFF00L, SSRC, 7));
        feed(TestPackets.keyPress(PT, 7, 0x00000100L, SSRC, 8));
        assertEquals("78", digits.toString());
    }

    @Test
    void aNewSourceStartsAfresh() {
        feed(TestPackets.keyPress(PT, 1, 8000, SSRC, 1));
        feed(TestPackets.keyPress(PT, 1, 8000, SSRC + 1, 1));
        assertEquals("11", digits.toString());
    }

    @Test
    void eventsThatAreNotKeysAndBrokenPacketsGiveNothing() {
        feed(TestPackets.keyPress(PT, 1, 8000, SSRC, 16)); // flash
        byte[] shortPayload = TestPackets.rtp(PT, 9, 9600, SSRC, new byte[] {4, (byte) 0x80});
        feed(shortPayload);
        byte[] end = TestPackets.event(PT, 10, 11200, SSRC, 3, true, 800);
        char key = detector.accept(end, 11);
        assertEquals(0, key, "cut-off header");
        assertEquals("", digits.toString());
        feed(end);
        assertEquals("3", digits.toString(), "the detector keeps working after bad packets");
    }

    @Test
    void keyCodesFollowRfc4733() {
        assertEquals(List.of('0', '9', '*', '#', 'A', 'D'),
                List.of(Rfc4733.key(0), Rfc4733.key(9), Rfc4733.key(10), Rfc4733.key(11), Rfc4733.key(12),
                        Rfc4733.key(15)));
        assertEquals(0, Rfc4733.key(16));
        assertEquals(0, Rfc4733.key(-1));
    }
}
