package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.doorman.media.rtsp.FfmpegCamera;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Door video through the packaged server: door station 8001's camera (real H.264 from ffmpeg) is set in
 * doors.8001.camera.*; an indoor monitor watches it with its SIP number and password over RTSP and over
 * RTSPS (SIP's own TLS certificate), and the door station itself may not.
 */
class VideoRelayEndToEndTest {
    private static final String MONITOR_PASSWORD = "Secret123";
    private static FfmpegCamera camera;
    private static DoormanServer server;
    private static int rtspPort;
    private static int rtspsPort;

    @BeforeAll
    static void start() throws Exception {
        FfmpegCamera.require();
        Path dir = Path.of("target", "e2e", "video-camera-" + System.nanoTime()).toAbsolutePath();
        java.nio.file.Files.createDirectories(dir);
        camera = FfmpegCamera.start(dir);
        rtspPort = LoopbackPorts.freeTcpAndUdp();
        rtspsPort = LoopbackPorts.freeTcpAndUdp();
        server = DoormanServer.start("video", "media.rtsp-port=" + rtspPort, "media.rtsps-port=" + rtspsPort,
                "doors.8001.camera.url=" + camera.url(), "doors.8001.camera.user=" + FfmpegCamera.USER,
                "doors.8001.camera.password=" + FfmpegCamera.PASSWORD);
        server.addDevices("vth", "9901", MONITOR_PASSWORD);
        server.addDevices("vto", "8001", "Door1234");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (camera != null) {
            camera.close();
        }
    }

    private static String url(String scheme, int port, String user, String password) {
        return scheme + "://" + user + ":" + password + "@127.0.0.1:" + port + "/door/8001";
    }

    @Test
    void aMonitorWatchesTheDoorOverRtspAndRtsps() throws Exception {
        List<String> tcp = FfmpegCamera.frames(FfmpegCamera.readFrames(
                url("rtsp", rtspPort, "9901", MONITOR_PASSWORD), "tcp"));
        assertEquals(5, tcp.size(), "frames over RTSP/TCP: " + tcp);
        assertTrue(tcp.get(0).contains("115200"), "a 320x240 yuv420p frame is 115200 bytes: " + tcp);
        List<String> tls = FfmpegCamera.frames(FfmpegCamera.readFrames(
                url("rtsps", rtspsPort, "9901", MONITOR_PASSWORD), null));
        assertEquals(5, tls.size(), "frames over RTSPS: " + tls);

        JsonNode cameras = server.get("/api/media").path("cameras");
        assertEquals("8001", cameras.get(0).path("door").asText(), cameras.toString());
        assertTrue(cameras.get(0).path("packetsIn").asLong() > 0, cameras.toString());
        assertTrue(!cameras.toString().contains(FfmpegCamera.PASSWORD), "the camera password is never shown");
    }

    @Test
    void theDoorStationItselfMayNotWatch() throws Exception {
        Process reader = FfmpegCamera.readFrames(url("rtsp", rtspPort, "8001", "Door1234"), "tcp");
        reader.getInputStream().readAllBytes();
        assertTrue(reader.waitFor(60, TimeUnit.SECONDS));
        assertTrue(reader.exitValue() != 0, "ffmpeg must be refused for a door station's credentials");
    }
}
