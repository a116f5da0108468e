package org.doorman.media.rtsp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * A door-station camera with real video for end-to-end tests (public: the tests module uses it too):
 * ffmpeg encodes a 320x240 H.264 test picture as RTP, and a {@link TestCamera} serves it over RTSP
 * behind digest credentials {@link #USER} / {@link #PASSWORD}. Needs ffmpeg ({@link #require()}).
 */
public final class FfmpegCamera implements AutoCloseable {
    public static final String USER = TestCamera.USER;
    public static final String PASSWORD = TestCamera.PASSWORD;

    private final DatagramSocket rtpIn;
    private final DatagramSocket rtcpIn;
    private final Process source;
    private final TestCamera camera;

    private FfmpegCamera(DatagramSocket rtpIn, DatagramSocket rtcpIn, Process source, TestCamera camera) {
        this.rtpIn = rtpIn;
        this.rtcpIn = rtcpIn;
        this.source = source;
        this.camera = camera;
        forward(rtpIn, 0);
        forward(rtcpIn, 1);
    }

    /** Skips the calling test without ffmpeg on PATH, or fails it under CI=true. */
    public static void require() {
        Ffmpeg.require();
    }

    /** Starts ffmpeg and the camera; dir keeps ffmpeg's SDP and log. */
    public static FfmpegCamera start(Path dir) throws Exception {
        DatagramSocket[] pair = evenOddPair();
        Path sdp = dir.resolve("source.sdp");
        Process source = Ffmpeg.rtpSource(pair[0].getLocalPort(), sdp, dir.resolve("source.log"));
        try {
            Poll.until(Duration.ofSeconds(30), "ffmpeg writes the source SDP", () -> readable(sdp));
            return new FfmpegCamera(pair[0], pair[1], source, new TestCamera(0, Files.readString(sdp)));
        } catch (Exception | Error e) {
            source.destroy();
            pair[0].close();
            pair[1].close();
            throw e;
        }
    }

    /** rtsp://127.0.0.1:PORT/cam/realmonitor?channel=1&subtype=0 */
    public URI url() {
        return camera.url();
    }

    /** How many DESCRIBE requests the camera answered with its SDP (one per upstream session). */
    public int describes() {
        return camera.describes();
    }

    /** Starts ffmpeg reading 5 frames from an RTSP(S) URL (transport tcp, udp, or null for the default). */
    public static Process readFrames(String url, String transport) throws IOException {
        return Ffmpeg.readFrames(url, transport);
    }

    /** The frames a reader decoded (one framecrc line each), failing the test if ffmpeg failed. */
    public static java.util.List<String> frames(Process reader) throws IOException, InterruptedException {
        return Ffmpeg.frames(reader);
    }

    private static boolean readable(Path sdp) {
        try {
            return Files.exists(sdp) && Files.readString(sdp).contains("a=rtpmap");
        } catch (IOException e) {
            return false;
        }
    }

    private static DatagramSocket[] evenOddPair() throws SocketException {
        for (int attempt = 0; attempt < 50; attempt++) {
            DatagramSocket rtp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            if (rtp.getLocalPort() % 2 == 0) {
                try {
                    return new DatagramSocket[] {rtp,
                        new DatagramSocket(rtp.getLocalPort() + 1, InetAddress.getLoopbackAddress())};
                } catch (SocketException taken) {
                    // try another pair
                }
            }
            rtp.close();
        }
        throw new IllegalStateException("no even/odd UDP pair on loopback");
    }

    /** Hands every datagram ffmpeg sends to the test camera's interleaved channel. */
    private void forward(DatagramSocket socket, int channel) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[65536];
            while (!socket.isClosed()) {
                DatagramPacket p = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(p);
                } catch (IOException closed) {
                    return;
                }
                camera.send(channel, Arrays.copyOf(p.getData(), p.getLength()));
            }
        }, "rtp-forward-" + channel);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        camera.close();
        source.destroy();
        rtpIn.close();
        rtcpIn.close();
    }
}
