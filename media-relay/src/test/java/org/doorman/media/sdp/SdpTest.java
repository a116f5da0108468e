package org.doorman.media.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SdpTest {
    @Test
    void splitsTheDoorStationOfferIntoSessionAndMedia() throws SdpException {
        Sdp sdp = Sdp.parse(SdpSamples.DAHUA_VTO_OFFER);
        assertEquals(5, sdp.sessionLines().size());
        assertEquals(2, sdp.media().size());
        SdpMedia audio = sdp.media().get(0);
        assertEquals("audio", audio.type());
        assertEquals(15000, audio.port());
        assertEquals("RTP/AVP", audio.proto());
        assertEquals(List.of("0", "8", "101"), audio.formats());
        assertEquals(Map.of(0, "PCMU/8000", 8, "PCMA/8000", 101, "telephone-event/8000"), audio.rtpmaps());
        assertEquals("192.168.1.108", sdp.connectionFor(audio));
        assertEquals("video", sdp.media().get(1).type());
        assertEquals(-1, audio.rtcpAttributePort());
    }

    @Test
    void mediaLevelConnectionWinsOverTheSession() throws SdpException {
        String body = "v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/AVP 0\r\nc=IN IP4 10.0.0.2/127\r\n";
        Sdp sdp = Sdp.parse(body);
        assertEquals("10.0.0.2", sdp.connectionFor(sdp.media().get(0)));
        assertEquals("10.0.0.1", sdp.sessionConnection());
    }

    @Test
    void readsRtcpMuxAndTheRtcpAttribute() throws SdpException {
        SdpMedia m = Sdp.parse(SdpSamples.MUX_OFFER).media().get(0);
        assertTrue(m.hasAttribute("rtcp-mux"));
        assertEquals(40000, m.rtcpAttributePort());
        assertTrue(m.hasFeedback());
        assertFalse(m.isSecureProfile());
        SdpMedia c = Sdp.parse(SdpSamples.CRYPTO_OFFER).media().get(0);
        assertEquals(50005, c.rtcpAttributePort());
        assertTrue(c.isSecureProfile());
        assertEquals(2, c.attributes("crypto").size());
    }

    @Test
    void acceptsBareLineFeedsAndAPortCount() throws SdpException {
        Sdp sdp = Sdp.parse("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nc=IN IP4 1.2.3.4\nt=0 0\nm=audio 4000/2 RTP/AVP 0\n");
        assertEquals(2, sdp.media().get(0).portCount());
        assertEquals(4000, sdp.media().get(0).port());
    }

    @Test
    void refusesWhatIsNotSdp() {
        assertThrows(SdpException.class, () -> Sdp.parse(""));
        assertThrows(SdpException.class, () -> Sdp.parse("hello world"));
        assertThrows(SdpException.class, () -> Sdp.parse("o=- 1 1 IN IP4 1.2.3.4\r\nv=0\r\n"), "v= not first");
        assertThrows(SdpException.class, () -> Sdp.parse("v=0\r\nm=audio x RTP/AVP 0\r\nc=IN IP4 1.2.3.4\r\n"));
        assertThrows(SdpException.class, () -> Sdp.parse("v=0\r\nm=audio 70000 RTP/AVP 0\r\nc=IN IP4 1.2.3.4\r\n"));
        assertThrows(SdpException.class, () -> Sdp.parse("v=0\r\nm=audio 4000\r\n"), "no proto");
        assertThrows(SdpException.class, () -> Sdp.parse("v=0\r\ns=-\r\nm=audio 4000 RTP/AVP 0\r\n"), "no c=");
        assertThrows(SdpException.class, () -> Sdp.parse("v=0\r\n" + "a=x\r\n".repeat(Sdp.MAX_LENGTH / 5)));
        assertThrows(SdpException.class, () -> Sdp.parse("v=0\r\nc=IN IP4 1.2.3.4\r\n"
                + "m=audio 4000 RTP/AVP 0\r\n".repeat(Sdp.MAX_MEDIA + 1)));
    }

    @Test
    void aRejectedMediaLineNeedsNoConnection() throws SdpException {
        Sdp sdp = Sdp.parse("v=0\r\ns=-\r\nt=0 0\r\nm=video 0 RTP/AVP 96\r\n");
        assertEquals(0, sdp.media().get(0).port());
    }
}
