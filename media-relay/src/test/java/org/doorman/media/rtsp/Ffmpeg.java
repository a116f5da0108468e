package org.doorman.media.rtsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs ffmpeg (and the JDK's keytool) for the end-to-end relay tests. ffmpeg must be on PATH: without
 * it the tests are skipped, except under CI=true where they fail, so CI cannot pass without them.
 */
final class Ffmpeg {
    private Ffmpeg() {
    }

    /** Skips (or under CI fails) the calling test when ffmpeg is not installed. */
    static void require() {
        boolean present;
        try {
            Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            present = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("ffmpeg is not on PATH, and CI=true: install ffmpeg (Debian package ffmpeg)");
        }
        Assumptions.assumeTrue(present, "ffmpeg not on PATH: RTSP end-to-end tests skipped");
    }

    /** Starts ffmpeg encoding a 320x240 test picture as H.264 RTP to a loopback port, writing its SDP to sdpFile. */
    static Process rtpSource(int port, Path sdpFile, Path log) throws IOException {
        return new ProcessBuilder("ffmpeg", "-hide_banner", "-nostdin", "-re", "-f", "lavfi",
                "-i", "testsrc=size=320x240:rate=10", "-c:v", "libx264", "-tune", "zerolatency", "-g", "10",
                "-pix_fmt", "yuv420p", "-f", "rtp", "-sdp_file", sdpFile.toString(), "rtp://127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Starts ffmpeg reading 5 video frames from an RTSP(S) URL and printing one CRC line per decoded frame. */
    static Process readFrames(String url, String transport) throws IOException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-v", "error"));
        if (transport != null) {
            command.addAll(List.of("-rtsp_transport", transport));
        }
        command.addAll(List.of("-i", url, "-map", "0:v", "-frames:v", "5", "-f", "framecrc", "-"));
        return new ProcessBuilder(command).start();
    }

    /** The decoded frames a reader printed (framecrc lines), after waiting for it to end. */
    static List<String> frames(Process reader) throws IOException, InterruptedException {
        byte[] out = reader.getInputStream().readAllBytes();
        String err = new String(reader.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!reader.waitFor(60, TimeUnit.SECONDS)) {
            reader.destroyForcibly();
            Assertions.fail("ffmpeg did not finish reading 5 frames within 60 s: " + err);
        }
        Assertions.assertEquals(0, reader.exitValue(), "ffmpeg failed: " + err);
        return new String(out, StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    }

    /** A TLS context (through {@link RtspTls}) with a fresh self-signed certificate for localhost made by keytool. */
    static SSLContext selfSignedTls(Path dir) throws Exception {
        Path store = dir.resolve("relay.p12");
        char[] pass = "changeit".toCharArray();
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "relay", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-validity", "2", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assertions.assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool failed: " + output);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            keys.load(in, pass);
        }
        PrivateKey key = (PrivateKey) keys.getKey("relay", pass);
        X509Certificate certificate = (X509Certificate) keys.getCertificate("relay");
        return RtspTls.context(key, List.of(certificate));
    }
}
