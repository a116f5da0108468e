package org.doorman.media.rtsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.doorman.media.rtsp.auth.Digest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay on loopback between a test camera and test viewers: one upstream per camera, fan-out, auth, lifecycle. */
class RtspRelayTest {
    static final String REALM = "doorman";
    static final Duration WAIT = Duration.ofSeconds(10);
    /** The viewers a directory would allow: indoor monitor 9901 and the centre 888888; door station 8002 is refused. */
    static final ViewerCredentials VIEWERS = new ViewerCredentials() {
        private final Map<String, String> ha1 = Map.of("9901", Digest.ha1("9901", REALM, "pw9901"),
                "888888", Digest.ha1("888888", REALM, "pwCentre"));

        @Override
        public String realm() {
            return REALM;
        }

        @Override
        public Optional<String> ha1(String user) {
            return Optional.ofNullable(ha1.get(user));
        }
    };

    private TestCamera camera;
    private RtspRelay relay;
    private final ScheduledExecutorService pump = Executors.newSingleThreadScheduledExecutor();
    private volatile int packetSize = 200;
    private volatile int burst = 1;

    static RtspTuning fastTuning() {
        RtspTuning d = RtspTuning.defaults();
        return new RtspTuning(d.maxInitialLine(), d.maxHeaderSize(), d.maxContent(), d.writeLowWater(),
                d.writeHighWater(), d.unwritableGrace(), Duration.ofMillis(300), Duration.ofMillis(200),
                Duration.ofSeconds(1), d.describeTimeout(), d.upstreamIdle(), d.sessionTimeout(), d.nonceTtl());
    }

    @BeforeEach
    void start() throws Exception {
        camera = new TestCamera(0, TestCamera.simpleSdp());
        startRelay(fastTuning());
        pump.scheduleAtFixedRate(() -> {
            for (int i = 0; i < burst; i++) {
                camera.send(0, rtp(packetSize));
            }
        }, 5, 5, TimeUnit.MILLISECONDS);
    }

    void startRelay(RtspTuning tuning) throws InterruptedException {
        if (relay != null) {
            relay.close();
        }
        relay = RtspRelay.start(new InetSocketAddress("127.0.0.1", 0), null,
                Map.of("8001", new CameraSource(camera.url(), TestCamera.USER, TestCamera.PASSWORD)), VIEWERS, null,
                Clock.systemUTC(), tuning);
    }

    @AfterEach
    void stop() {
        pump.shutdownNow();
        relay.close();
        camera.close();
    }

    static byte[] rtp(int size) {
        byte[] packet = new byte[size];
        packet[0] = (byte) 0x80;
        packet[1] = 96;
        return packet;
    }

    String doorUrl() {
        return "rtsp://127.0.0.1:" + relay.rtspAddress().getPort() + "/door/8001";
    }

    @Test
    void twoViewersOverTcpAreServedFromOneCameraSession() throws IOException {
        try (TestViewer a = new TestViewer(relay.rtspAddress(), "9901", "pw9901");
                TestViewer b = new TestViewer(relay.rtspAddress(), "888888", "pwCentre")) {
            assertEquals(200, a.watch(doorUrl(), "RTP/AVP/TCP;unicast;interleaved=0-1").status());
            assertEquals(200, b.watch(doorUrl(), "RTP/AVP/TCP;unicast;interleaved=0-1").status());
            a.keepReading();
            b.keepReading();
            Poll.until(WAIT, "both viewers receive 50 packets", () -> a.frames() >= 50 && b.frames() >= 50);
            assertEquals(1, camera.describes(), "the camera is described once for both viewers");
            assertTrue(camera.challenges() >= 1, "the relay logged in to the camera by answering its digest challenge");
            assertEquals(1, camera.playingClients());
            CameraStats stats = relay.stats().get(0);
            assertEquals("8001", stats.door());
            assertTrue(stats.playing());
            assertEquals(2, stats.viewers());
            assertTrue(stats.packetsOut() >= 100, stats.toString());
            assertTrue(stats.packetsIn() >= 50, stats.toString());
            assertEquals(0, stats.dropped());
            assertTrue(!stats.camera().contains(TestCamera.PASSWORD), "stats never show the camera password");
        }
    }

    @Test
    void describeGivesTheCameraSdpWithTheRelaysControls() throws IOException {
        try (TestViewer v = new TestViewer(relay.rtspAddress(), "9901", "pw9901")) {
            TestViewer.Response r = v.request("DESCRIBE", doorUrl(), "Accept: application/sdp");
            assertEquals(200, r.status());
            assertEquals(doorUrl() + "/", r.header("Content-Base"));
            assertTrue(r.body().contains("a=rtpmap:96 H264/90000"), r.body());
            assertTrue(r.body().contains("a=control:trackID=0"), r.body());
            assertTrue(!r.body().contains(String.valueOf(camera.port())), "no camera address leaks: " + r.body());
        }
    }

    @Test
    void viewersMustLogInAsAMonitorOrCentre() throws IOException {
        try (TestViewer none = new TestViewer(relay.rtspAddress(), "9901", null);
                TestViewer wrong = new TestViewer(relay.rtspAddress(), "9901", "guess");
                TestViewer door = new TestViewer(relay.rtspAddress(), "8002", "pw8002")) {
            TestViewer.Response challenge = none.request("DESCRIBE", doorUrl());
            assertEquals(401, challenge.status());
            assertTrue(challenge.header("WWW-Authenticate").startsWith("Digest realm=\"doorman\""));
            assertEquals(200, none.request("OPTIONS", doorUrl()).status(), "OPTIONS needs no login");
            assertEquals(401, wrong.request("DESCRIBE", doorUrl()).status());
            assertEquals(401, door.request("DESCRIBE", doorUrl()).status(), "a door station is no viewer");
        }
        assertEquals(0, camera.describes(), "refused viewers never open the camera");
    }

    @Test
    void anUnreachableCameraIsServiceUnavailable() throws Exception {
        int port = camera.port();
        camera.close();
        try (TestViewer v = new TestViewer(relay.rtspAddress(), "9901", "pw9901")) {
            assertEquals(503, v.request("DESCRIBE", doorUrl()).status());
        } finally {
            camera = new TestCamera(port, TestCamera.simpleSdp());
        }
    }

    @Test
    void aCameraAskingForBasicCredentialsIsServedToo() throws Exception {
        int port = camera.port();
        camera.close();
        camera = new TestCamera(port, TestCamera.simpleSdp(), true);
        try (TestViewer v = new TestViewer(relay.rtspAddress(), "9901", "pw9901")) {
            assertEquals(200, v.watch(doorUrl(), "RTP/AVP/TCP;unicast;interleaved=0-1").status());
            v.keepReading();
            Poll.until(WAIT, "video from the basic-auth camera", () -> v.frames() > 10);
            assertTrue(camera.challenges() >= 1);
        }
    }

    @Test
    void eachViewerGetsATrackOnTheChannelsItChose() throws Exception {
        int port = camera.port();
        camera.close();
        camera = new TestCamera(port, TestCamera.videoAndAudioSdp());
        pump.scheduleAtFixedRate(() -> camera.send(2, rtp(160)), 5, 5, TimeUnit.MILLISECONDS);
        try (TestViewer audio = new TestViewer(relay.rtspAddress(), "9901", "pw9901");
                TestViewer video = new TestViewer(relay.rtspAddress(), "888888", "pwCentre")) {
            assertEquals(200, audio.request("DESCRIBE", doorUrl()).status());
            assertEquals(200, audio.request("SETUP", doorUrl() + "/trackID=1",
                    "Transport: RTP/AVP/TCP;unicast;interleaved=6-7").status());
            assertEquals(200, audio.request("PLAY", doorUrl() + "/", "Session: " + audio.session()).status());
            assertEquals(200, video.watch(doorUrl(), "RTP/AVP/TCP;unicast;interleaved=0-1").status());
            audio.keepReading();
            video.keepReading();
            Poll.until(WAIT, "both tracks flowing", () -> audio.frames() > 20 && video.frames() > 20);
            assertEquals(Set.of(6), audio.channels(), "the camera's channel 2 arrives on the viewer's 6");
            assertEquals(Set.of(0), video.channels(), "the video viewer gets no audio it did not set up");
        }
    }

    @Test
    void teardownStopsTheVideoAndAForeignSessionIsNotFound() throws Exception {
        try (TestViewer v = new TestViewer(relay.rtspAddress(), "9901", "pw9901")) {
            assertEquals(200, v.watch(doorUrl(), "RTP/AVP/TCP;unicast;interleaved=0-1").status());
            assertEquals(454, v.request("PLAY", doorUrl() + "/", "Session: 0123456789abcdef").status());
            assertEquals(200, v.request("TEARDOWN", doorUrl() + "/", "Session: " + v.session()).status());
            assertEquals(0, relay.stats().get(0).viewers());
            Poll.until(WAIT, "camera closed after the only viewer tore down", () -> !relay.upstreamOpen("8001"));
            assertEquals(200, v.request("OPTIONS", doorUrl()).status(), "the connection itself stays usable");
        }
    }

    @Test
    void anUnknownDoorIsNotFound() throws IOException {
        try (TestViewer v = new TestViewer(relay.rtspAddress(), "9901", "pw9901")) {
            assertEquals(404, v.request("DESCRIBE", doorUrl().replace("8001", "8009")).status());
            assertEquals(404, v.request("DESCRIBE", doorUrl().replace("/door/8001", "/cam/x")).status());
        }
    }

    @Test
    void aUdpViewerReceivesOnItsClientPort() throws IOException {
        try (DatagramSocket rtp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                TestViewer v = new TestViewer(relay.rtspAddress(), "9901", "pw9901")) {
            rtp.setSoTimeout(5000);
            int port = rtp.getLocalPort();
            TestViewer.Response played = v.watch(doorUrl(), "RTP/AVP;unicast;client_port=" + port + "-" + (port + 1));
            assertEquals(200, played.status());
            DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
            rtp.receive(packet);
            assertEquals(packetSize, packet.getLength());
            assertEquals(0x80, packet.getData()[0] & 0xFF);
            assertEquals("udp", relay.stats().get(0).viewerStats().get(0).transport());
        }
    }

    @Test
    void theCameraIsClosedAShortTimeAfterTheLastViewerLeaves() throws IOException {
        try (TestViewer v = new TestViewer(relay.rtspAddress(), "9901", "pw9901")) {
            assertEquals(200, v.watch(doorUrl(), "RTP/AVP/TCP;unicast;interleaved=0-1").status());
            assertTrue(relay.upstreamOpen("8001"));
        }
        Poll.until(WAIT, "camera connection closed after the linger time", () -> !relay.upstreamOpen("8001")
                && camera.openConnections() == 0);
        try (TestViewer again = new TestViewer(relay.rtspAddress(), "9901", "pw9901")) {
            assertEquals(200, again.watch(doorUrl(), "RTP/AVP/TCP;unicast;interleaved=0-1").status());
            again.keepReading();
            Poll.until(WAIT, "a new viewer opens the camera again", () -> again.frames() > 10);
            assertEquals(2, camera.describes());
        }
    }

    @Test
    void aLostCameraIsReconnectedAndViewersKeepReceiving() throws Exception {
        try (TestViewer v = new TestViewer(relay.rtspAddress(), "9901", "pw9901")) {
            assertEquals(200, v.watch(doorUrl(), "RTP/AVP/TCP;unicast;interleaved=0-1").status());
            v.keepReading();
            Poll.until(WAIT, "first packets", () -> v.frames() > 10);
            int port = camera.port();
            camera.close();
            Poll.until(WAIT, "relay sees the camera gone", () -> !relay.stats().get(0).playing());
            long before = v.frames();
            camera = new TestCamera(port, TestCamera.simpleSdp());
            Poll.until(WAIT, "packets again after reconnect", () -> v.frames() > before + 20);
            assertTrue(relay.stats().get(0).reconnects() >= 1);
            assertTrue(!v.closedByServer(), "the viewer was kept across the camera's loss");
        }
    }

    @Test
    void aSlowViewerIsDroppedWithoutStallingTheOthers() throws Exception {
        RtspTuning d = fastTuning();
        startRelay(new RtspTuning(d.maxInitialLine(), d.maxHeaderSize(), d.maxContent(), 64 * 1024, 256 * 1024,
                Duration.ofMillis(500), d.linger(), d.backoffFirst(), d.backoffMax(), d.describeTimeout(),
                d.upstreamIdle(), d.sessionTimeout(), d.nonceTtl()));
        packetSize = 1400;
        burst = 5;
        try (TestViewer slow = new TestViewer(relay.rtspAddress(), "888888", "pwCentre", 4096);
                TestViewer fast = new TestViewer(relay.rtspAddress(), "9901", "pw9901")) {
            assertEquals(200, slow.watch(doorUrl(), "RTP/AVP/TCP;unicast;interleaved=0-1").status());
            assertEquals(200, fast.watch(doorUrl(), "RTP/AVP/TCP;unicast;interleaved=0-1").status());
            fast.keepReading();
            Poll.until(WAIT, "the slow viewer (never reading) is dropped",
                    () -> relay.stats().get(0).viewers() == 1 && relay.stats().get(0).dropped() > 0);
            long before = fast.frames();
            Poll.until(WAIT, "the fast viewer keeps receiving", () -> fast.frames() > before + 100);
            CameraStats.ViewerStats remaining = relay.stats().get(0).viewerStats().get(0);
            assertEquals("9901", remaining.user());
            assertEquals(0, remaining.dropped(), "nothing dropped for the viewer that keeps up");
        }
    }
}
