package org.doorman.media.rtsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a camera's SDP for upstream SETUP/PLAY and rewriting it for viewers. */
class CameraSdpTest {
    private static final String BASE = "rtsp://192.168.1.110:554/cam/realmonitor?channel=1&subtype=0/";
    /** As a Dahua door station describes its main stream: a video and an audio track, relative controls. */
    private static final String DAHUA = "v=0\r\no=- 2252 2252 IN IP4 0.0.0.0\r\ns=Media Server\r\nc=IN IP4 0.0.0.0\r\n"
            + "t=0 0\r\na=control:*\r\na=range:npt=now-\r\nm=video 0 RTP/AVP 96\r\na=control:trackID=0\r\n"
            + "a=rtpmap:96 H264/90000\r\nm=audio 0 RTP/AVP 8\r\na=control:trackID=1\r\na=rtpmap:8 PCMA/8000\r\n";

    @Test
    void relativeControlsAreAppendedToTheBaseKeepingItsQuery() {
        CameraSdp sdp = CameraSdp.parse(DAHUA, BASE);
        assertEquals(List.of(BASE + "trackID=0", BASE + "trackID=1"), sdp.trackUrls());
        assertEquals(BASE, sdp.sessionUrl());
        assertEquals(2, sdp.tracks());
    }

    @Test
    void aBaseWithoutTrailingSlashGetsOne() {
        CameraSdp sdp = CameraSdp.parse(DAHUA, "rtsp://cam/live");
        assertEquals("rtsp://cam/live/trackID=1", sdp.trackUrls().get(1));
    }

    @Test
    void absoluteControlsAreKeptAndMissingOnesUseTheBase() {
        CameraSdp sdp = CameraSdp.parse("v=0\r\nm=video 0 RTP/AVP 96\r\na=control:rtsp://cam/x/video\r\n"
                + "m=audio 0 RTP/AVP 0\r\n", "rtsp://cam/x");
        assertEquals(List.of("rtsp://cam/x/video", "rtsp://cam/x"), sdp.trackUrls());
    }

    @Test
    void viewersGetTheRelaysControlsAndEverythingElseUnchanged() {
        String viewers = CameraSdp.parse(DAHUA, BASE).forViewers();
        assertEquals(1, viewers.split("a=control:\\*", -1).length - 1, viewers);
        assertTrue(viewers.contains("m=video 0 RTP/AVP 96\r\na=control:trackID=0\r\n"), viewers);
        assertTrue(viewers.contains("m=audio 0 RTP/AVP 8\r\na=control:trackID=1\r\na=rtpmap:8 PCMA/8000\r\n"), viewers);
        assertTrue(viewers.contains("a=range:npt=now-"), viewers);
        assertFalse(viewers.contains("192.168.1.110"), "the camera's address is not shown to viewers");
    }

    @Test
    void anSdpWithoutMediaIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CameraSdp.parse("v=0\r\ns=x\r\n", BASE));
    }
}
