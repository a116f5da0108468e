package org.doorman.media.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import org.doorman.media.Leg;
import org.doorman.media.MediaRefusedException;
import org.doorman.media.sdp.Sdp;
import org.doorman.media.sdp.SdpMedia;
import org.doorman.media.sdp.SdpSamples;
import org.junit.jupiter.api.Test;

/** Rewriting without SRTP: addresses, ports, RTCP, ICE, rejected lines, o= versions, re-offers. */
class SdpSessionAnchoringTest {
    private static final String RELAY = "203.0.113.5";
    private final FakePorts ports = new FakePorts();
    private final SdpSession session = new SdpSession(SrtpPolicy.PREFERRED, RELAY, ports, new SecureRandom());

    @Test
    void theDoorStationOfferReachesTheMonitorWithTheRelaysAddressAndPorts() throws Exception {
        String out = session.offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
        assertFalse(out.contains("192.168.1.108"), out);
        Sdp sdp = Sdp.parse(out);
        assertEquals("c=IN IP4 " + RELAY, sdp.sessionLines().get(3));
        assertTrue(sdp.sessionLines().get(1).startsWith("o=doorman "), sdp.sessionLines().get(1));
        assertTrue(sdp.sessionLines().get(1).endsWith(" IN IP4 " + RELAY));
        SdpMedia audio = sdp.media().get(0);
        SdpMedia video = sdp.media().get(1);
        assertEquals(ports.port(0, Leg.B), audio.port());
        assertEquals(ports.port(1, Leg.B), video.port());
        assertEquals(ports.port(0, Leg.B) + 1, audio.rtcpAttributePort());
        assertEquals("RTP/AVP", audio.proto());
        assertEquals(List.of("0", "8", "101"), audio.formats());
        assertEquals("telephone-event/8000", audio.rtpmaps().get(101));
        assertEquals("H264/90000", video.rtpmaps().get(96));
        assertTrue(video.lines().contains("a=fmtp:96 profile-level-id=420028; packetization-mode=1"));
        assertTrue(video.lines().contains("b=AS:2048"));
        assertFalse(audio.hasAttribute("crypto"), "no keys toward a leg without TLS");
        assertEquals(0, ports.given.keySet().stream().filter(k -> k.endsWith("/A")).count(),
                "the caller's ports are only written into the answer, but are bound with the stream");
    }

    @Test
    void theAnswerReachesTheDoorStationWithItsOwnPortsAndBothPeersAreKnown() throws Exception {
        session.offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
        String out = session.answer(Leg.B, SdpSamples.VTH_ANSWER, false, false);
        assertFalse(out.contains("192.168.1.201"), out);
        Sdp sdp = Sdp.parse(out);
        assertEquals(ports.port(0, Leg.A), sdp.media().get(0).port());
        assertEquals(ports.port(1, Leg.A), sdp.media().get(1).port());
        assertEquals(List.of("8", "101"), sdp.media().get(0).formats());

        List<NegotiatedStream> streams = session.streams();
        assertEquals(2, streams.size());
        NegotiatedStream audio = streams.get(0);
        assertTrue(audio.active());
        assertEquals(new PeerMedia("192.168.1.108", 15000, 15001, false, List.of(101), 8000), audio.peerA());
        assertEquals(new PeerMedia("192.168.1.201", 30000, 30001, false, List.of(101), 8000), audio.peerB());
        assertEquals(LegCrypto.PLAIN, audio.cryptoA());
        assertEquals(LegCrypto.PLAIN, audio.cryptoB());
        assertEquals(90_000, streams.get(1).peerA().clockRate());
        assertEquals("video", streams.get(1).media());
    }

    @Test
    void iceAndBundleLinesAreRemovedAndOtherAttributesKept() throws Exception {
        String out = session.offer(Leg.A, SdpSamples.BARESIP_OFFER, false, false);
        assertFalse(out.contains("candidate"), out);
        assertFalse(out.contains("a=ice-"), out);
        assertFalse(out.contains("10.0.0.20"), out);
        assertTrue(out.contains("a=tool:baresip 3.10.1\r\n"));
        assertTrue(out.contains("a=ssrc:1234567 cname:a1b2c3\r\n"));
        assertTrue(out.contains("a=rtcp-rsize\r\n"));
        SdpMedia m = Sdp.parse(out).media().get(0);
        assertEquals("c=IN IP4 " + RELAY, m.lines().get(0), "media-level c= rewritten in place");
    }

    @Test
    void rtcpMuxIsOfferedOnAndAcceptedPerLeg() throws Exception {
        String offer = session.offer(Leg.A, SdpSamples.MUX_OFFER, false, false);
        SdpMedia toB = Sdp.parse(offer).media().get(0);
        assertTrue(toB.hasAttribute("rtcp-mux"), offer);
        assertEquals(toB.port() + 1, toB.rtcpAttributePort(), "a fallback RTCP port in case B does not mux");
        assertEquals("RTP/AVPF", toB.proto());

        String bAnswer = "v=0\r\no=- 9 9 IN IP4 10.0.0.31\r\ns=-\r\nc=IN IP4 10.0.0.31\r\nt=0 0\r\n"
                + "m=audio 41000 RTP/AVPF 0 101\r\na=rtpmap:101 telephone-event/8000\r\n";
        String answer = session.answer(Leg.B, bAnswer, false, false);
        SdpMedia toA = Sdp.parse(answer).media().get(0);
        assertTrue(toA.hasAttribute("rtcp-mux"), "A asked for mux and the relay can do it on its own");
        assertEquals(-1, toA.rtcpAttributePort());
        NegotiatedStream s = session.streams().get(0);
        assertEquals(new PeerMedia("10.0.0.30", 40000, 40000, true, List.of(101), 8000), s.peerA());
        assertEquals(new PeerMedia("10.0.0.31", 41000, 41001, false, List.of(101), 8000), s.peerB());
    }

    @Test
    void aSeparateRtcpPortIsHonoured() throws Exception {
        session.offer(Leg.A, SdpSamples.CRYPTO_OFFER.replace("RTP/SAVP", "RTP/AVP"), false, false);
        String oneLine = SdpSamples.VTH_ANSWER.substring(0, SdpSamples.VTH_ANSWER.indexOf("m=video"));
        session.answer(Leg.B, oneLine + "a=rtcp:30009\r\n", false, false);
        assertEquals(50005, session.streams().get(0).peerA().rtcpPort());
        assertEquals(30009, session.streams().get(0).peerB().rtcpPort());
    }

    @Test
    void aRejectedLineStaysRejectedAndTakesNoPorts() throws Exception {
        String offer = SdpSamples.DAHUA_VTO_OFFER.replace("m=video 15002", "m=video 0");
        String out = session.offer(Leg.A, offer, false, false);
        assertEquals(0, Sdp.parse(out).media().get(1).port());
        assertEquals(1, ports.given.size(), ports.given.toString());
        String answer = session.answer(Leg.B, SdpSamples.VTH_ANSWER.replace("m=video 30002", "m=video 0"), false, false);
        assertEquals(0, Sdp.parse(answer).media().get(1).port());
        assertFalse(session.streams().get(1).active());
        assertTrue(session.streams().get(0).active());
    }

    @Test
    void aLineTheAnswererRejectsIsRejectedTowardTheOfferer() throws Exception {
        session.offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
        String answer = session.answer(Leg.B, SdpSamples.VTH_ANSWER.replace("m=video 30002", "m=video 0"), false, false);
        assertEquals(0, Sdp.parse(answer).media().get(1).port());
        assertFalse(session.streams().get(1).active());
    }

    @Test
    void transportsTheRelayCannotCarryAreRejectedAsLines() throws Exception {
        String offer = SdpSamples.DAHUA_VTO_OFFER.replace("m=video 15002 RTP/AVP", "m=video 15002 UDP/TLS/RTP/SAVPF");
        String out = session.offer(Leg.A, offer, false, false);
        SdpMedia video = Sdp.parse(out).media().get(1);
        assertEquals(0, video.port());
        assertEquals("UDP/TLS/RTP/SAVPF", video.proto());
    }

    @Test
    void reOffersKeepThePortsAndTheOriginVersionMovesOnlyWhenTheBodyChanges() throws Exception {
        String first = session.offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
        session.answer(Leg.B, SdpSamples.VTH_ANSWER, false, false);
        String same = session.offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
        assertEquals(first, same, "an unchanged re-offer gives the same body, same o= version");
        String hold = session.offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER.replace("a=sendrecv", "a=sendonly"), false, false);
        assertEquals(version(first) + 1, version(hold));
        assertEquals(sessionId(first), sessionId(hold));
        assertEquals(Sdp.parse(first).media().get(0).port(), Sdp.parse(hold).media().get(0).port());
        assertEquals(4, ports.given.size(), "two streams, two legs: no new ports");
    }

    @Test
    void aReOfferFromTheCalleeGoesToTheCallerOnTheCallersPorts() throws Exception {
        String answerToA = session.offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
        answerToA = session.answer(Leg.B, SdpSamples.VTH_ANSWER, false, false);
        String reOffer = session.offer(Leg.B, SdpSamples.VTH_ANSWER.replace("30000", "30100")
                .replace("a=sendrecv", "a=recvonly"), false, false);
        assertEquals(ports.port(0, Leg.A), Sdp.parse(reOffer).media().get(0).port());
        assertEquals(sessionId(answerToA), sessionId(reOffer), "one origin per leg");
        assertEquals(version(answerToA) + 1, version(reOffer));
        session.answer(Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
        assertEquals(30100, session.streams().get(0).peerB().rtpPort());
        assertNotEquals(sessionId(answerToA), sessionId(session.offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false)));
    }

    @Test
    void theSameAnswerTwiceIsTheSameBody() throws Exception {
        // a 183 with SDP and then the 200 OK repeating it
        session.offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
        String early = session.answer(Leg.B, SdpSamples.VTH_ANSWER, false, false);
        String confirmed = session.answer(Leg.B, SdpSamples.VTH_ANSWER, false, false);
        assertEquals(early, confirmed);
        assertEquals(2, session.streams().size());
    }

    @Test
    void holdAddressAndHostNamesLeaveThePeerUnknown() throws Exception {
        session.offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER.replace("c=IN IP4 192.168.1.108", "c=IN IP4 0.0.0.0"), false,
                false);
        session.answer(Leg.B, SdpSamples.VTH_ANSWER.replace("c=IN IP4 192.168.1.201", "c=IN IP4 vth.example"), false,
                false);
        assertEquals(null, session.streams().get(0).peerA().host());
        assertEquals(null, session.streams().get(0).peerB().host());
    }

    @Test
    void badBodiesAndOutOfOrderAnswersAreRefusedWith488() throws Exception {
        MediaRefusedException e = assertThrows(MediaRefusedException.class,
                () -> session.offer(Leg.A, "not sdp", false, false));
        assertEquals(488, e.status());
        assertTrue(e.getMessage().startsWith("unreadable SDP"), e.getMessage());
        assertEquals(488, assertThrows(MediaRefusedException.class,
                () -> session.answer(Leg.B, SdpSamples.VTH_ANSWER, false, false)).status(), "no offer yet");
        session.offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
        assertThrows(MediaRefusedException.class, () -> session.answer(Leg.A, SdpSamples.VTH_ANSWER, false, false),
                "the offerer cannot answer itself");
        String oneLine = SdpSamples.VTH_ANSWER.substring(0, SdpSamples.VTH_ANSWER.indexOf("m=video"));
        MediaRefusedException count = assertThrows(MediaRefusedException.class,
                () -> session.answer(Leg.B, oneLine, false, false));
        assertTrue(count.getMessage().contains("1 m-lines where the offer had 2"), count.getMessage());
    }

    private static long version(String body) {
        return Long.parseLong(originField(body, 2));
    }

    private static String sessionId(String body) {
        return originField(body, 1);
    }

    private static String originField(String body, int field) {
        String o = body.lines().filter(l -> l.startsWith("o=")).findFirst().orElseThrow();
        return o.substring(2).split(" ")[field];
    }
}
