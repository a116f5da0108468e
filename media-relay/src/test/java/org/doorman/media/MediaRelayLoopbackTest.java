package org.doorman.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.doorman.media.rtp.RtpHeader;
import org.doorman.media.rtp.TestPackets;
import org.doorman.media.sdp.Sdp;
import org.doorman.media.srtp.LegCipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two loopback "phones" talking through the relay: forwarding, counting, latching, DTMF and the media timeout. */
class MediaRelayLoopbackTest {
    private RelayFixture fixture;
    private Phone a;
    private Phone b;

    @BeforeEach
    void start() throws Exception {
        fixture = new RelayFixture("42000-42099", "preferred", (peer, own) -> LegCipher.PLAIN);
        a = new Phone();
        b = new Phone();
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
        fixture.close();
    }

    private static byte[] voice(int seq, long ssrc) {
        byte[] payload = new byte[160];
        payload[0] = (byte) seq;
        return TestPackets.rtp(0, seq, 160L * seq, ssrc, payload);
    }

    @Test
    void audioFlowsBothWaysAndIsCounted() throws Exception {
        int[] relay = fixture.connect("s1", a, b);
        for (int seq = 1; seq <= 50; seq++) {
            byte[] sent = voice(seq, 0xA);
            a.send(sent, relay[0]);
            assertArrayEquals(sent, b.receive(), "packet " + seq + " A→B unchanged");
        }
        for (int seq = 1; seq <= 30; seq++) {
            byte[] sent = voice(seq, 0xB);
            b.send(sent, relay[1]);
            assertArrayEquals(sent, a.receive());
        }
        SessionStats.StreamStats s = fixture.stats("s1").streams().get(0);
        assertTrue(s.active());
        assertEquals(50, s.a().packetsIn());
        assertEquals(50 * 172, s.a().bytesIn());
        assertEquals(30, s.a().packetsOut());
        assertEquals(30, s.b().packetsIn());
        assertEquals(50, s.b().packetsOut());
        assertEquals(50 * 172, s.b().bytesOut());
        assertEquals("127.0.0.1:" + a.port(), s.a().remote());
        assertTrue(s.a().latched());
        assertEquals(relay[0], s.a().relayPort());
        assertEquals(new SessionStats.Drops(0, 0, 0, 0, 0), s.a().dropped());
        assertEquals(false, s.a().secure());
    }

    @Test
    void packetsFromAnyoneButThePeerAreDroppedAndCounted() throws Exception {
        int[] relay = fixture.connect("s2", a, b);
        a.send(voice(1, 0xA), relay[0]);
        b.receive();
        b.send(voice(1, 0xB), relay[1]);
        a.receive();
        try (Phone intruder = new Phone()) {
            intruder.send(voice(99, 0xEE), relay[0]);
            intruder.send(voice(98, 0xEE), relay[1]);
            a.send(voice(2, 0xA), relay[0]);
            assertEquals(2, RtpHeader.sequence(b.receive()), "the intruder's packet never reaches B");
            b.send(voice(2, 0xB), relay[1]);
            assertEquals(2, RtpHeader.sequence(a.receive()), "nor A");
            fixture.await("two wrong-source drops", () -> {
                SessionStats.StreamStats s = fixture.stats("s2").streams().get(0);
                return s.a().dropped().wrongSource() == 1 && s.b().dropped().wrongSource() == 1;
            });
        }
    }

    @Test
    void theSignalledPeerTakesItsLegBackFromAnEarlySource() throws Exception {
        int[] relay = fixture.connect("s2b", a, b);
        try (Phone early = new Phone()) {
            early.send(voice(1, 0xEE), relay[1]); // inside the window, before B spoke: it is let in
            assertEquals(1, RtpHeader.sequence(a.receive()));
            b.send(voice(2, 0xB), relay[1]);
            assertEquals(2, RtpHeader.sequence(a.receive()));
            early.send(voice(3, 0xEE), relay[1]);
            b.send(voice(4, 0xB), relay[1]);
            assertEquals(4, RtpHeader.sequence(a.receive()), "once B's signalled address spoke, the early source is out");
            a.send(voice(1, 0xA), relay[0]);
            assertArrayEquals(voice(1, 0xA), b.receive(), "and A's media goes to B, not to the early source");
            assertNull(early.receiveWithin(200));
        }
    }

    @Test
    void aPeerBehindNatIsLatchedInsideTheWindowAndRepliesFollowIt() throws Exception {
        int[] relay = fixture.connect("s3", a, b);
        try (Phone natted = new Phone(); Phone late = new Phone()) {
            natted.send(voice(1, 0xA), relay[0]); // not the address A's SDP gave
            assertEquals(1, RtpHeader.sequence(b.receive()));
            b.send(voice(1, 0xB), relay[1]);
            assertEquals(1, RtpHeader.sequence(natted.receive()), "symmetric RTP: replies go where A's packets come from");
            assertNull(a.receiveWithin(200), "nothing to the signalled address once another source is latched");
            late.send(voice(2, 0xEE), relay[0]);
            natted.send(voice(3, 0xA), relay[0]);
            assertEquals(3, RtpHeader.sequence(b.receive()));
            assertEquals("127.0.0.1:" + natted.port(), fixture.stats("s3").streams().get(0).a().remote());
        }
    }

    @Test
    void afterTheWindowOnlyTheSignalledAddressMayTakeTheLeg() throws Exception {
        int[] relay = fixture.connect("s4", a, b);
        fixture.clock.advanceSeconds(4); // latch-window is 3 s
        try (Phone stranger = new Phone()) {
            stranger.send(voice(1, 0xEE), relay[0]);
            a.send(voice(2, 0xA), relay[0]);
            assertEquals(2, RtpHeader.sequence(b.receive()));
            fixture.await("the stranger counted", () ->
                    fixture.stats("s4").streams().get(0).a().dropped().wrongSource() == 1);
        }
    }

    @Test
    void audioAndVideoAreSeparateStreamsWithTheirOwnPorts() throws Exception {
        try (Phone aVideo = new Phone(); Phone bVideo = new Phone()) {
            String toB = fixture.relay.offer("av", Leg.A, withVideo(a, aVideo), false, false);
            String toA = fixture.relay.answer("av", Leg.B, withVideo(b, bVideo), false, false);
            int videoForA = Sdp.parse(toA).media().get(1).port();
            int videoForB = Sdp.parse(toB).media().get(1).port();
            byte[] frame = TestPackets.rtp(96, 1, 90_000, 0xAF, new byte[1200]);
            aVideo.send(frame, videoForA);
            assertArrayEquals(frame, bVideo.receive());
            byte[] sound = voice(1, 0xA);
            a.send(sound, RelayFixture.port(toA));
            assertArrayEquals(sound, b.receive());
            SessionStats stats = fixture.stats("av");
            assertEquals(List.of("audio", "video"), stats.streams().stream().map(SessionStats.StreamStats::media).toList());
            assertEquals(1, stats.streams().get(1).a().packetsIn());
            assertEquals(1212, stats.streams().get(1).b().bytesOut());
            assertEquals(1, stats.streams().get(0).b().packetsOut());
            assertEquals(8, fixture.relay.portsInUse(), "two streams, two legs, an RTP/RTCP pair each");
        }
    }

    /** The phone's audio description plus an H.264 video line on a second socket. */
    private static String withVideo(Phone audio, Phone video) {
        return audio.sdp("RTP/AVP", "") + "m=video " + video.port() + " RTP/AVP 96\r\n"
                + "a=rtpmap:96 H264/90000\r\na=rtcp-mux\r\n";
    }

    @Test
    void nothingIsForwardedBeforeTheAnswer() throws Exception {
        String toB = fixture.relay.offer("s5", Leg.A, a.sdp("RTP/AVP", ""), false, false);
        b.send(voice(1, 0xB), RelayFixture.port(toB));
        fixture.await("an unroutable drop", () ->
                fixture.stats("s5").streams().get(0).b().dropped().unroutable() == 1);
        assertEquals(false, fixture.stats("s5").answered());
    }

    @Test
    void malformedPacketsAreDroppedNotForwarded() throws Exception {
        int[] relay = fixture.connect("s6", a, b);
        a.send(new byte[] {1, 2, 3}, relay[0]);
        byte[] v1 = voice(1, 0xA);
        v1[0] = 0x40;
        a.send(v1, relay[0]);
        byte[] cut = TestPackets.rtp(0, false, 2, 0, 0xA, 15, -1, 0, new byte[0]);
        a.send(java.util.Arrays.copyOf(cut, 20), relay[0]);
        a.send(voice(3, 0xA), relay[0]);
        assertEquals(3, RtpHeader.sequence(b.receive()));
        fixture.await("three malformed", () -> fixture.stats("s6").streams().get(0).a().dropped().malformed() == 3);
    }

    @Test
    void rtcpReportsAreForwardedAndTheirFiguresKept() throws Exception {
        int[] relay = fixture.connect("s7", a, b);
        byte[] rr = TestPackets.receiverReport(0xB, 0xA, 64, 12, 80);
        b.send(rr, relay[1]); // muxed on the RTP port
        assertArrayEquals(rr, a.receive());
        fixture.await("B's report", () -> fixture.stats("s7").streams().get(0).b().peerReport() != null);
        SessionStats.PeerReport report = fixture.stats("s7").streams().get(0).b().peerReport();
        assertEquals(new SessionStats.PeerReport(1, 0.25, 12, 10.0), report);
    }

    @Test
    void rtcpMuxedOnOneLegMeetsRtcpOnItsOwnPortOnTheOther() throws Exception {
        try (Phone rtcpB = new Phone()) {
            String toB = fixture.relay.offer("s7b", Leg.A, a.sdp("RTP/AVP", ""), false, false);
            assertTrue(Sdp.parse(toB).media().get(0).hasAttribute("rtcp-mux"));
            String toA = fixture.relay.answer("s7b", Leg.B, b.sdpWithRtcpOn(rtcpB), false, false);
            assertTrue(Sdp.parse(toA).media().get(0).hasAttribute("rtcp-mux"), "A muxes with the relay even if B does not");
            int relayA = RelayFixture.port(toA);
            int relayB = RelayFixture.port(toB);
            byte[] fromA = TestPackets.receiverReport(0xA, 0xB, 1, 2, 3);
            a.send(fromA, relayA);
            assertArrayEquals(fromA, rtcpB.receive(), "to B's a=rtcp port");
            byte[] fromB = TestPackets.receiverReport(0xB, 0xA, 4, 5, 6);
            rtcpB.send(fromB, relayB + 1);
            assertArrayEquals(fromB, a.receive(), "muxed onto A's RTP port");
            byte[] rtp = voice(1, 0xA);
            a.send(rtp, relayA);
            assertArrayEquals(rtp, b.receive(), "RTP still on B's RTP port");
        }
    }

    @Test
    void aKeyPressWithThreeEndPacketsIsOneDigitAndStillForwarded() throws Exception {
        int[] relay = fixture.connect("s8", a, b);
        int seq = 1;
        for (int event : new int[] {4, 5, 6, 4}) {
            for (byte[] p : TestPackets.keyPress(101, seq, 8000L * seq, 0xA, event)) {
                a.send(p, relay[0]);
                assertArrayEquals(p, b.receive());
            }
            seq += 6;
        }
        fixture.await("four digits", () -> fixture.digits.size() >= 4);
        assertEquals(List.of(new RelayFixture.Digit("s8", Leg.A, '4'), new RelayFixture.Digit("s8", Leg.A, '5'),
                new RelayFixture.Digit("s8", Leg.A, '6'), new RelayFixture.Digit("s8", Leg.A, '4')), fixture.digits);
        for (byte[] p : TestPackets.keyPress(101, 1, 8000, 0xB, 11)) {
            b.send(p, relay[1]);
            a.receive();
        }
        fixture.await("B's digit", () -> fixture.digits.size() == 5);
        assertEquals(new RelayFixture.Digit("s8", Leg.B, '#'), fixture.digits.get(4));
    }

    @Test
    void withheldKeysAreReadForDoorControlButNotForwardedWhileVoiceStillIs() throws Exception {
        int[] relay = fixture.connect("s9", a, b);
        assertTrue(fixture.relay.withholdKeys("s9", Leg.B));
        for (byte[] p : TestPackets.keyPress(101, 1, 8000, 0xA, 4)) {
            a.send(p, relay[0]);
        }
        fixture.await("the digit", () -> fixture.digits.size() == 1);
        assertEquals(new RelayFixture.Digit("s9", Leg.A, '4'), fixture.digits.get(0));
        byte[] sent = voice(20, 0xA);
        a.send(sent, relay[0]);
        assertArrayEquals(sent, b.receive(), "voice still reaches B, and none of the key's packets came before it");
        for (byte[] p : TestPackets.keyPress(101, 1, 8000, 0xB, 5)) {
            b.send(p, relay[1]);
            assertArrayEquals(p, a.receive(), "only B's side is withheld: B's keys still reach A");
        }
        assertFalse(fixture.relay.withholdKeys("no-such-session", Leg.A));
    }

    @Test
    void aSilentSessionIsReleasedAndReported() throws Exception {
        int[] relay = fixture.connect("s9", a, b);
        a.send(voice(1, 0xA), relay[0]);
        b.receive();
        fixture.clock.advanceSeconds(59);
        a.send(voice(2, 0xA), relay[0]);
        b.receive();
        fixture.clock.advanceSeconds(59);
        assertTrue(fixture.relay.sessions().stream().anyMatch(s -> s.session().equals("s9")),
                "59 s after the last packet the session is still there");
        fixture.clock.advanceSeconds(2);
        assertTrue(fixture.firstTimeout.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("s9"), fixture.timedOut);
        assertTrue(fixture.relay.sessions().isEmpty());
        fixture.await("ports freed", () -> fixture.relay.portsInUse() == 0);
    }
}
