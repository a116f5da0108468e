package org.doorman.media.rtsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with real players (needs ffmpeg on PATH; CI installs it): ffmpeg encodes H.264 RTP into a
 * test camera, the relay pulls the camera, and ffmpeg reads decoded frames through the relay over RTSP
 * TCP, RTSP UDP and RTSPS, logging in with a monitor's digest credentials.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FfmpegThroughRelayTest {
    private FfmpegCamera camera;
    private RtspRelay relay;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        FfmpegCamera.require();
        camera = FfmpegCamera.start(dir);
        relay = RtspRelay.start(new InetSocketAddress("127.0.0.1", 0), new InetSocketAddress("127.0.0.1", 0),
                Map.of("8001", new CameraSource(camera.url(), FfmpegCamera.USER, FfmpegCamera.PASSWORD)),
                RtspRelayTest.VIEWERS, Ffmpeg.selfSignedTls(dir), Clock.systemUTC(), RtspTuning.defaults());
    }

    @AfterAll
    void stop() {
        if (relay != null) {
            relay.close();
        }
        if (camera != null) {
            camera.close();
        }
    }

    private String url(String scheme, InetSocketAddress at) {
        return scheme + "://9901:pw9901@127.0.0.1:" + at.getPort() + "/door/8001";
    }

    @Test
    void ffmpegDecodesTheDoorVideoOverTcpAndUdpAtOnce() throws Exception {
        Process tcp = Ffmpeg.readFrames(url("rtsp", relay.rtspAddress()), "tcp");
        Process udp = Ffmpeg.readFrames(url("rtsp", relay.rtspAddress()), "udp");
        List<String> tcpFrames = Ffmpeg.frames(tcp);
        List<String> udpFrames = Ffmpeg.frames(udp);
        assertEquals(5, tcpFrames.size(), "frames over TCP: " + tcpFrames);
        assertEquals(5, udpFrames.size(), "frames over UDP: " + udpFrames);
        assertTrue(tcpFrames.get(0).contains("115200"), "a 320x240 yuv420p frame is 115200 bytes: " + tcpFrames);
        assertEquals(1, camera.describes(), "both players were served from one camera session");
        assertTrue(relay.stats().get(0).packetsOut() > 0);
    }

    @Test
    void ffmpegDecodesTheDoorVideoOverRtsps() throws Exception {
        List<String> frames = Ffmpeg.frames(Ffmpeg.readFrames(url("rtsps", relay.rtspsAddress()), null));
        assertEquals(5, frames.size(), "frames over RTSPS: " + frames);
        assertTrue(frames.get(0).contains("115200"), frames.toString());
    }

    @Test
    void ffmpegWithAWrongPasswordGetsNoVideo() throws Exception {
        Process reader = Ffmpeg.readFrames(url("rtsp", relay.rtspAddress()).replace("pw9901", "wrong"), "tcp");
        reader.getInputStream().readAllBytes();
        assertTrue(reader.waitFor(60, TimeUnit.SECONDS));
        assertTrue(reader.exitValue() != 0, "ffmpeg must fail without the right password");
    }
}
