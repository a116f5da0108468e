package org.doorman.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.doorman.media.sdp.SdpSamples;
import org.doorman.media.srtp.LegCipher;
import org.junit.jupiter.api.Test;

/** Ports are taken per stream and leg and all come back, whatever way a session ends. */
class MediaRelayPortsTest {
    private static final String SAVP_VIDEO = SdpSamples.DAHUA_VTO_OFFER.replace("m=video 15002 RTP/AVP",
            "m=video 15002 RTP/SAVP");
    private static final String ONE_LINE_ANSWER = SdpSamples.VTH_ANSWER.substring(0,
            SdpSamples.VTH_ANSWER.indexOf("m=video"));

    @Test
    void noPortLeaksOverManySessionsThatEndInEveryWay() throws Exception {
        try (RelayFixture f = new RelayFixture("42100-42199", "preferred", (p, o) -> LegCipher.PLAIN)) {
            MediaRelay relay = f.relay;
            int refused = 0;
            for (int i = 0; i < 120; i++) {
                String session = "call-" + i;
                if (i % 5 == 0) {
                    // the audio line takes its ports, then the video line is refused: the whole offer fails
                    assertEquals(488, assertThrows(MediaRefusedException.class,
                            () -> relay.offer(session, Leg.A, SAVP_VIDEO, false, false)).status());
                    refused++;
                    continue;
                }
                relay.offer(session, Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
                assertEquals(8, relay.portsInUse(), "two streams, two legs, RTP and RTCP each");
                if (i % 3 == 0) {
                    assertThrows(MediaRefusedException.class,
                            () -> relay.answer(session, Leg.B, ONE_LINE_ANSWER, false, false));
                    refused++;
                } else {
                    relay.answer(session, Leg.B, SdpSamples.VTH_ANSWER, false, false);
                    relay.offer(session, Leg.B, SdpSamples.VTH_ANSWER, false, false); // a re-INVITE from B
                    relay.answer(session, Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
                    assertEquals(8, relay.portsInUse(), "a re-offer reuses the session's ports");
                    relay.release(session);
                    relay.release(session);
                }
                assertEquals(0, relay.portsInUse(), "after " + session);
                assertTrue(relay.sessions().isEmpty());
            }
            assertEquals(24 + 32, refused);
        }
    }

    @Test
    void portsAnotherProgramHoldsAreSkipped() throws Exception {
        List<DatagramSocket> squatters = new ArrayList<>();
        try (RelayFixture f = new RelayFixture("42300-42399", "preferred", (p, o) -> LegCipher.PLAIN)) {
            for (int port = 42300; port < 42340; port += 2) { // the first 20 pairs, more than a few retries cover
                squatters.add(new DatagramSocket(new InetSocketAddress("127.0.0.1", port)));
            }
            f.relay.offer("call", Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
            assertEquals(8, f.relay.portsInUse(), "the held pairs were passed over, not a failed call");
            f.relay.release("call");
            assertEquals(0, f.relay.portsInUse());
        } finally {
            squatters.forEach(DatagramSocket::close);
        }
    }

    @Test
    void aFullRangeRefusesWith503AndGivesBackWhatTheFailedOfferTook() throws Exception {
        try (RelayFixture f = new RelayFixture("42200-42207", "preferred", (p, o) -> LegCipher.PLAIN)) {
            MediaRelay relay = f.relay;
            relay.offer("first", Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
            assertEquals(8, relay.portsInUse());
            MediaRefusedException e = assertThrows(MediaRefusedException.class,
                    () -> relay.offer("second", Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false));
            assertEquals(503, e.status());
            assertEquals(8, relay.portsInUse());
            relay.release("first");
            relay.release("never-existed");
            assertEquals(0, relay.portsInUse());
            relay.offer("third", Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
            assertEquals(8, relay.portsInUse(), "the range is whole again");
        }
    }

    @Test
    void closingTheRelayFreesEverySession() throws Exception {
        RelayFixture f = new RelayFixture("42300-42399", "preferred", (p, o) -> LegCipher.PLAIN);
        for (int i = 0; i < 5; i++) {
            f.relay.offer("c" + i, Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, false);
        }
        assertEquals(40, f.relay.portsInUse());
        f.close();
        assertEquals(0, f.relay.portsInUse());
    }

    @Test
    void answeringAnUnknownSessionIsRefused() throws Exception {
        try (RelayFixture f = new RelayFixture("42400-42499", "preferred", (p, o) -> LegCipher.PLAIN)) {
            assertEquals(488, assertThrows(MediaRefusedException.class,
                    () -> f.relay.answer("nope", Leg.B, SdpSamples.VTH_ANSWER, false, false)).status());
        }
    }

    @Test
    void startRefusesAnAddressItCannotUse() {
        org.doorman.conf.MediaConfig config = new org.doorman.conf.MediaConfig(true, "192.0.2.77", "",
                org.doorman.conf.PortRange.parse("42700-42799"), "preferred", 60, 3, 8554, 8322);
        java.io.IOException notLocal = assertThrows(java.io.IOException.class, () -> MediaRelay.start(config,
                "127.0.0.1", java.time.Clock.systemUTC(), (p, o) -> LegCipher.PLAIN, MediaEvents.NONE));
        assertTrue(notLocal.getMessage().contains("media.address 192.0.2.77"), notLocal.getMessage());
        org.doorman.conf.MediaConfig loopback = new org.doorman.conf.MediaConfig(true, "127.0.0.1", "",
                org.doorman.conf.PortRange.parse("42700-42799"), "preferred", 60, 3, 8554, 8322);
        assertThrows(java.io.IOException.class, () -> MediaRelay.start(loopback, "0.0.0.0",
                java.time.Clock.systemUTC(), (p, o) -> LegCipher.PLAIN, MediaEvents.NONE), "no address for SDP");
    }
}
