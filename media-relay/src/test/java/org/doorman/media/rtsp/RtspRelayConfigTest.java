package org.doorman.media.rtsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.doorman.conf.ConfigLoader;
import org.doorman.conf.DoormanConfig;
import org.doorman.conf.MediaConfig;
import org.doorman.conf.PortRange;
import org.junit.jupiter.api.Test;

/** Starting the relay from doorman's configuration: media.* ports and doors.N.camera.* sources. */
class RtspRelayConfigTest {

    @Test
    void camerasComeFromTheDoorsThatHaveOne() {
        DoormanConfig config = new ConfigLoader().load(null, List.of(
                "doors.8001.camera.url='rtsp://192.168.1.110:554/cam/realmonitor?channel=1&subtype=0'",
                "doors.8001.camera.user=admin", "doors.8001.camera.password=pw", "doors.8002.first-unlock-command=123"));
        Map<String, CameraSource> cameras = CameraSource.fromConfig(config);
        assertEquals(Map.of("8001", new CameraSource(URI.create("rtsp://192.168.1.110:554/cam/realmonitor?channel=1&subtype=0"),
                "admin", "pw")), cameras);
        assertEquals(554, cameras.get("8001").port());
        assertEquals(554, new CameraSource(URI.create("rtsp://cam/live"), null, null).port(), "RTSP's default port");
        assertThrows(IllegalArgumentException.class, () -> new CameraSource(URI.create("http://cam/"), "", ""));
    }

    @Test
    void withoutATlsContextOnlyPlainRtspListens() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        MediaConfig media = new MediaConfig(true, "127.0.0.1", "", new PortRange(20000, 20999), null, null, null, port, 8322);
        try (RtspRelay relay = RtspRelay.start(media, Map.of(), RtspRelayTest.VIEWERS, null, Clock.systemUTC())) {
            assertEquals(port, relay.rtspAddress().getPort());
            assertNull(relay.rtspsAddress(), "RTSPS needs the certificate");
            assertEquals(List.of(), relay.stats());
        }
    }
}
