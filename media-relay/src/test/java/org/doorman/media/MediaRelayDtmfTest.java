package org.doorman.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.doorman.media.rtp.RtpHeader;
import org.doorman.media.rtp.TelephoneEventDetector;
import org.doorman.media.rtp.TestPackets;
import org.doorman.media.sdp.Sdp;
import org.doorman.media.srtp.LegCipher;
import org.doorman.media.srtp.SdesKey;
import org.doorman.media.srtp.SrtpCipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay playing DTMF keys into a session as RFC 4733 events, read back at a loopback "phone";
 * toward an SRTP leg they are sealed with the relay's key for that leg, like forwarded media.
 */
class MediaRelayDtmfTest {
    static final int PRESS = 8;
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private RelayFixture fixture;
    private Phone a;
    private Phone b;

    /** Keeps {@code resource} to be closed after the test, last opened first. */
    private <T extends AutoCloseable> T open(T resource) {
        opened.push(resource);
        return resource;
    }

    @BeforeEach
    void plainRelayAndTwoPhones() throws Exception {
        fixture = open(new RelayFixture("42800-42899", "preferred", (peer, own) -> LegCipher.PLAIN));
        a = open(new Phone());
        b = open(new Phone());
    }

    @AfterEach
    void closeAll() throws Exception {
        while (!opened.isEmpty()) {
            opened.pop().close();
        }
    }

    static List<byte[]> receive(Phone phone, int count) throws Exception {
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            packets.add(phone.receive());
        }
        return packets;
    }

    /** The digits the project's own detector reads from these packets, in order. */
    static String digits(List<byte[]> packets) {
        TelephoneEventDetector detector = new TelephoneEventDetector();
        StringBuilder out = new StringBuilder();
        for (byte[] p : packets) {
            char key = detector.accept(p, p.length);
            if (key != 0) {
                out.append(key);
            }
        }
        return out.toString();
    }

    @Test
    void aKeyTowardBArrivesAsOnePressThatTheDetectorReadsOnce() throws Exception {
        fixture.connect("d1", a, b);
        assertTrue(fixture.relay.sendDtmf("d1", Leg.B, '7'));
        List<byte[]> press = receive(b, PRESS);
        assertEquals("7", digits(press));
        byte[] first = press.get(0);
        for (int i = 0; i < PRESS; i++) {
            byte[] p = press.get(i);
            assertEquals(16, p.length);
            assertEquals(101, RtpHeader.payloadType(p));
            assertEquals(i == 0, RtpHeader.marker(p), "marker on the first packet only");
            assertEquals(RtpHeader.timestamp(first), RtpHeader.timestamp(p), "one timestamp per event");
            assertEquals(RtpHeader.ssrc(first), RtpHeader.ssrc(p));
            assertEquals((RtpHeader.sequence(first) + i) & 0xffff, RtpHeader.sequence(p));
            assertEquals(7, p[12]);
            assertEquals(i >= 5 ? 0x8a : 0x0a, p[13] & 0xff, "end bit on the last three, volume 10");
        }
        assertNull(b.receiveWithin(200), "one press, nothing more");
        assertNull(a.receiveWithin(50), "nothing toward A");
        assertEquals(PRESS, fixture.stats("d1").streams().get(0).b().packetsOut());
        assertEquals(0, fixture.stats("d1").streams().get(0).a().packetsOut());
    }

    @Test
    void keysQueuedTogetherArriveInOrderOnePressAfterTheOther() throws Exception {
        fixture.connect("d2", a, b);
        for (char key : "121".toCharArray()) {
            assertTrue(fixture.relay.sendDtmf("d2", Leg.B, key));
        }
        List<byte[]> packets = receive(b, 3 * PRESS);
        assertEquals("121", digits(packets));
        for (int press = 0; press < 3; press++) {
            List<byte[]> one = packets.subList(press * PRESS, (press + 1) * PRESS);
            assertTrue(RtpHeader.marker(one.get(0)), "press " + press + " starts with the marker");
            assertTrue(one.stream().allMatch(p -> RtpHeader.timestamp(p) == RtpHeader.timestamp(one.get(0))),
                    "press " + press + " is one event, not mixed with its neighbours");
        }
        assertTrue(RtpHeader.timestamp(packets.get(PRESS)) != RtpHeader.timestamp(packets.get(0)));
    }

    @Test
    void aPressJoinsTheForwardedStreamWhoseLaterPacketsAreRenumbered() throws Exception {
        int[] relay = fixture.connect("d3", a, b);
        for (int seq = 1; seq <= 3; seq++) {
            a.send(voice(seq), relay[0]);
            assertArrayEquals(voice(seq), b.receive());
        }
        assertTrue(fixture.relay.sendDtmf("d3", Leg.B, '#'));
        List<byte[]> press = receive(b, PRESS);
        assertEquals("#", digits(press));
        for (int i = 0; i < PRESS; i++) {
            assertEquals(0xAL, RtpHeader.ssrc(press.get(i)), "A's stream, not a second SSRC");
            assertEquals(4 + i, RtpHeader.sequence(press.get(i)), "numbered on from A's last packet");
        }
        long startTs = RtpHeader.timestamp(press.get(0));
        assertTrue(startTs >= 3 * 160 && startTs < 3 * 160 + 8000, "in A's timestamps, after its last packet: " + startTs);
        a.send(voice(4), relay[0]);
        byte[] after = b.receive();
        assertEquals(4 + PRESS, RtpHeader.sequence(after), "A's next packet makes room for the press");
        byte[] expected = voice(4);
        expected[3] = (byte) (4 + PRESS);
        assertArrayEquals(expected, after, "only the sequence number changed");
    }

    private static byte[] voice(int seq) {
        byte[] payload = new byte[160];
        Arrays.fill(payload, (byte) seq);
        return TestPackets.rtp(0, seq, 160L * seq, 0xA, payload);
    }

    @Test
    void aLegWithoutTelephoneEventGetsNothingAndTheOtherGetsItsOwnPayloadType() throws Exception {
        String aSdp = a.sdp("RTP/AVP", "").replace(" 0 101", " 0 96").replace("rtpmap:101", "rtpmap:96");
        String bSdp = b.sdp("RTP/AVP", "").replace(" 0 101", " 0").replace("a=rtpmap:101 telephone-event/8000\r\n", "");
        fixture.relay.offer("d4", Leg.A, aSdp, false, false);
        fixture.relay.answer("d4", Leg.B, bSdp, false, false);
        assertFalse(fixture.relay.sendDtmf("d4", Leg.B, '5'), "B negotiated no telephone-event");
        assertNull(b.receiveWithin(300));
        assertEquals(0, fixture.stats("d4").streams().get(0).b().packetsOut());
        assertTrue(fixture.relay.sendDtmf("d4", Leg.A, '5'));
        List<byte[]> press = receive(a, PRESS);
        assertTrue(press.stream().allMatch(p -> RtpHeader.payloadType(p) == 96), "the payload type A's SDP gave");
        assertEquals("5", digits(press));
    }

    @Test
    void unknownUnansweredOrReleasedSessionsAndNonKeysSendNothing() throws Exception {
        assertFalse(fixture.relay.sendDtmf("nobody", Leg.B, '1'));
        fixture.relay.offer("d5", Leg.A, a.sdp("RTP/AVP", ""), false, false);
        assertFalse(fixture.relay.sendDtmf("d5", Leg.B, '1'), "not answered yet");
        fixture.relay.answer("d5", Leg.B, b.sdp("RTP/AVP", ""), false, false);
        assertFalse(fixture.relay.sendDtmf("d5", Leg.B, 'x'));
        fixture.relay.release("d5");
        assertFalse(fixture.relay.sendDtmf("d5", Leg.B, '1'));
        assertNull(b.receiveWithin(200));
    }

    @Test
    void releasingTheSessionStopsTheKeysStillQueued() throws Exception {
        fixture.connect("d6", a, b);
        for (char key : "123".toCharArray()) {
            fixture.relay.sendDtmf("d6", Leg.B, key);
        }
        b.receive();
        fixture.relay.release("d6");
        RelayFixture.await("ports freed", () -> fixture.relay.portsInUse() == 0);
        int more = 0;
        while (b.receiveWithin(300) != null) {
            more++;
        }
        assertTrue(1 + more < 3 * PRESS, "the queue stopped with the session, got " + (1 + more));
        fixture.connect("d6", a, b); // the name and ports can be used again
        assertTrue(fixture.relay.sendDtmf("d6", Leg.B, '9'));
        assertEquals("9", digits(receive(b, PRESS)), "the new session plays only its own key");
        assertNull(b.receiveWithin(200));
    }

    @Test
    void towardAnSrtpLegTheKeyIsSealedWithTheRelaysKeyAndOpensToOneDigit() throws Exception {
        RelayFixture srtp = open(new RelayFixture("42900-42999", "preferred", SrtpCipher::new));
        String toB = srtp.relay.offer("ds", Leg.A, a.sdp("RTP/AVP", ""), false, true);
        SdesKey relayKey = SdesKey.parse(Sdp.parse(toB).media().get(0).attributes("crypto").get(0)).orElseThrow();
        SdesKey stationKey = SdesKey.generate(relayKey.tag(), relayKey.suite(), new SecureRandom());
        srtp.relay.answer("ds", Leg.B, b.sdp("RTP/AVP", "a=crypto:" + stationKey.toAttribute() + "\r\n"), true,
                false);
        assertTrue(srtp.stats("ds").streams().get(0).b().secure());
        LegCipher station = new SrtpCipher(relayKey, stationKey); // B opens what the relay seals with its key

        assertTrue(srtp.relay.sendDtmf("ds", Leg.B, '3'));
        List<byte[]> plainPackets = new ArrayList<>();
        for (byte[] sealed : receive(b, PRESS)) {
            assertEquals(16 + relayKey.suite().tagLength(), sealed.length, relayKey.suite() + " adds its tag");
            byte[] plain = station.openRtp(sealed.clone(), sealed.length);
            assertNotNull(plain, "authenticates with the relay's key toward B");
            assertFalse(Arrays.equals(plain, 12, 16, sealed, 12, 16), "the event is encrypted");
            plainPackets.add(plain);
        }
        assertEquals("3", digits(plainPackets));
        assertTrue(RtpHeader.marker(plainPackets.get(0)));
    }
}
