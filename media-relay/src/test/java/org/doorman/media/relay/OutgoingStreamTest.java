package org.doorman.media.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.doorman.media.rtp.KeyPress;
import org.doorman.media.rtp.RtpHeader;
import org.doorman.media.rtp.TestPackets;
import org.junit.jupiter.api.Test;

/** How injected key presses are numbered against the stream forwarded toward the same leg. */
class OutgoingStreamTest {
    private static final long MS = 1_000_000L;
    private static final long OWN_SSRC = 0x0DDBA11L;
    private final OutgoingStream out = new OutgoingStream(OWN_SSRC, 5000, 900_000, 0);

    private static byte[] voice(int seq, long timestamp) {
        return TestPackets.rtp(0, seq, timestamp, 0xA, new byte[160]);
    }

    /** Forwards a packet and returns the sequence number it leaves with. */
    private int forward(int seq, long timestamp, long nanos) {
        byte[] p = voice(seq, timestamp);
        int renumbered = out.forwarded(p, nanos);
        assertEquals(renumbered < 0 ? seq : renumbered, RtpHeader.sequence(p), "return value and bytes agree");
        return RtpHeader.sequence(p);
    }

    @Test
    void withNothingForwardedAPressGoesInTheRelaysOwnStream() {
        KeyPress press = out.start(101, 1, 250 * MS);
        assertEquals(OWN_SSRC, press.ssrc());
        assertEquals(900_000 + 2000, press.timestamp(), "own timestamps follow the time since the stream was made");
        assertEquals(5001, out.nextSequence(press.ssrc(), -1));
        assertEquals(5002, out.nextSequence(press.ssrc(), 5001));
        assertEquals(100, forward(100, 160, 300 * MS), "a forwarded stream in another SSRC is untouched");
    }

    @Test
    void aPressJoinsTheLiveForwardedStreamAndLaterPacketsMakeRoom() {
        assertEquals(10, forward(10, 1600, 0));
        assertEquals(11, forward(11, 1760, 20 * MS));
        KeyPress press = out.start(101, 1, 25 * MS);
        assertEquals(0xAL, press.ssrc());
        assertEquals(1760 + 40, press.timestamp(), "extrapolated 5 ms past the stream's last packet");
        int seq = -1;
        for (int i = 0; i < KeyPress.PACKETS; i++) {
            seq = out.nextSequence(press.ssrc(), seq);
            assertEquals(12 + i, seq);
        }
        assertEquals(20, forward(12, 1920, 40 * MS), "shifted past the eight injected packets");
        assertEquals(21, forward(13, 2080, 60 * MS));
        assertEquals(19, forward(11, 1760, 61 * MS), "a late copy is shifted alike");
    }

    @Test
    void aSilentForwardedStreamIsNotJoined() {
        forward(10, 1600, 0);
        KeyPress press = out.start(101, 1, OutgoingStream.JOIN_WINDOW_NANOS + MS);
        assertEquals(OWN_SSRC, press.ssrc());
        out.nextSequence(press.ssrc(), -1);
        assertEquals(11, forward(11, 1760, OutgoingStream.JOIN_WINDOW_NANOS + 2 * MS), "nothing to shift");
    }

    @Test
    void aNewForwardedSsrcStartsUnshifted() {
        forward(10, 1600, 0);
        KeyPress press = out.start(101, 1, MS);
        out.nextSequence(press.ssrc(), -1);
        assertEquals(12, forward(11, 1760, 20 * MS));
        byte[] other = TestPackets.rtp(0, 300, 0, 0xB, new byte[160]);
        assertEquals(-1, out.forwarded(other, 40 * MS));
        assertEquals(300, RtpHeader.sequence(other));
        assertEquals(43, out.nextSequence(0xAL, 42), "a press left in the old SSRC goes on counting its own");
    }

    @Test
    void twoPressesInTheSameStreamNeverShareATimestamp() {
        forward(10, 1600, 0);
        KeyPress first = out.start(101, 1, MS);
        KeyPress second = out.start(101, 1, 2 * MS); // as if the clock had hardly moved
        assertEquals(first.ssrc(), second.ssrc());
        assertEquals(first.timestamp() + KeyPress.duration(KeyPress.PACKETS - 1) + 1, second.timestamp());
    }
}
