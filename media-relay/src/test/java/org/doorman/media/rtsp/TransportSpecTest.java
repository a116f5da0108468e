package org.doorman.media.rtsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a viewer's Transport header and writing the relay's answer. */
class TransportSpecTest {

    @Test
    void tcpInterleavedTakesTheViewersChannels() {
        TransportSpec t = TransportSpec.choose("RTP/AVP/TCP;unicast;interleaved=4-5", 0).orElseThrow();
        assertEquals(new TransportSpec(true, 4, 5), t);
        assertEquals("RTP/AVP/TCP;unicast;interleaved=4-5", t.responseHeader(30000, 30001));
    }

    @Test
    void tcpWithoutChannelsGetsTwoPerTrack() {
        assertEquals(new TransportSpec(true, 2, 3), TransportSpec.choose("RTP/AVP/TCP;unicast", 1).orElseThrow());
    }

    @Test
    void udpTakesTheClientPortsAndAnswersWithTheServerPorts() {
        TransportSpec t = TransportSpec.choose("RTP/AVP;unicast;client_port=5000-5001", 0).orElseThrow();
        assertEquals(new TransportSpec(false, 5000, 5001), t);
        assertEquals("RTP/AVP;unicast;client_port=5000-5001;server_port=30000-30001", t.responseHeader(30000, 30001));
        assertEquals(new TransportSpec(false, 6000, 6001),
                TransportSpec.choose("RTP/AVP/UDP;unicast;client_port=6000", 0).orElseThrow(), "one port means RTP, RTCP next");
    }

    @Test
    void theFirstAlternativeTheRelayServesIsChosen() {
        assertEquals(new TransportSpec(true, 0, 1), TransportSpec.choose(
                "RTP/AVP;multicast;port=5000-5001, RTP/SAVP;unicast;client_port=1-2, RTP/AVP/TCP;unicast;interleaved=0-1", 0)
                .orElseThrow());
    }

    @Test
    void whatTheRelayCannotServeIsRefused() {
        assertEquals(Optional.empty(), TransportSpec.choose(null, 0));
        assertEquals(Optional.empty(), TransportSpec.choose("RTP/AVP;multicast", 0));
        assertEquals(Optional.empty(), TransportSpec.choose("RTP/AVP;unicast", 0), "UDP needs client_port");
        assertEquals(Optional.empty(), TransportSpec.choose("RTP/AVP;unicast;client_port=x-y", 0));
        assertEquals(Optional.empty(), TransportSpec.choose("RTP/AVP/TCP;interleaved=300-301", 0), "no channel 300");
    }
}
