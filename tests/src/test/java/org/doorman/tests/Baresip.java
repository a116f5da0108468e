package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real SIP phone for end-to-end tests: baresip 1.0 (Debian baresip-core) with its own config
 * directory, registered to doorman, playing an 8 kHz tone file as its microphone, driven through
 * ctrl_tcp (netstring JSON commands and events). DTMF keys are typed on its stdin, which baresip's
 * menu sends as RFC 4733 events during a call (ctrl_tcp 1.0 has no DTMF command).
 */
final class Baresip implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_DEADLINE = Duration.ofSeconds(15);

    private final Process process;
    private final Socket control;
    private final OutputStream keys;
    private final Path log;
    private final List<JsonNode> events = new ArrayList<>(); // guarded by itself
    private final Thread reader;
    private final String domain;

    private Baresip(Process process, Socket control, Path log, String domain) throws IOException {
        this.domain = domain;
        this.process = process;
        this.control = control;
        this.keys = process.getOutputStream();
        this.log = log;
        this.reader = new Thread(this::readEvents, "baresip-events-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a phone for {@code number} registering to doorman on 127.0.0.1:{@code sipPort} over
     * {@code transport} (udp or tls); {@code mediaenc} is empty for plain RTP or e.g. "srtp-mand".
     */
    static Baresip start(Path dir, String number, String password, int sipPort, String transport, String mediaenc,
                         Path toneWav) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int listen = LoopbackPorts.freeTcpAndUdp();
        int ctrl = LoopbackPorts.freeTcpAndUdp();
        int rtp = LoopbackPorts.freeTcpAndUdp() & ~1;
        Files.writeString(dir.resolve("config"), String.join("\n",
                "poll_method epoll",
                "sip_listen 127.0.0.1:" + listen,
                "net_interface 127.0.0.1",
                "audio_source aufile," + toneWav,
                "audio_player aufile," + dir.resolve("heard.wav"),
                "audio_alert aufile," + toneWav,
                "rtp_ports " + rtp + "-" + (rtp + 9),
                "rtp_timeout 0",
                "module_path /usr/lib/baresip/modules",
                "module stdio.so",
                "module g711.so",
                "module aufile.so",
                "module srtp.so",
                "module_app account.so",
                "module_app menu.so",
                "module_app ctrl_tcp.so",
                "ctrl_tcp_listen 127.0.0.1:" + ctrl, ""));
        // The account's domain is doorman itself: baresip registers there and sends calls there.
        Files.writeString(dir.resolve("accounts"), "<sip:" + number + "@127.0.0.1:" + sipPort + ";transport="
                + transport + ">;auth_pass=" + password + ";regint=60;audio_codecs=PCMU"
                + (mediaenc.isEmpty() ? "" : ";mediaenc=" + mediaenc) + "\n");
        Path log = dir.resolve("baresip.log");
        Process p = new ProcessBuilder("baresip", "-f", dir.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly, "stop-baresip-" + p.pid()));
        Instant deadline = Instant.now().plus(CONNECT_DEADLINE);
        while (true) {
            try {
                return new Baresip(p, new Socket("127.0.0.1", ctrl), log, "127.0.0.1:" + sipPort + ";transport=" + transport);
            } catch (IOException notYet) {
                if (!p.isAlive() || Instant.now().isAfter(deadline)) {
                    p.destroyForcibly();
                    fail("baresip did not open ctrl_tcp on " + ctrl + "; log " + log + ":\n" + Files.readString(log));
                }
                p.waitFor(100, TimeUnit.MILLISECONDS);
            }
        }
    }

    void command(String command, String params) throws IOException {
        byte[] body = JSON.writeValueAsBytes(JSON.createObjectNode().put("command", command).put("params", params)
                .put("token", command));
        OutputStream out = control.getOutputStream();
        out.write((body.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.write(',');
        out.flush();
    }

    /** Calls a number through doorman (the account's domain). */
    void dial(String number) throws IOException {
        command("dial", "sip:" + number + "@" + domain);
    }

    /** Types DTMF keys as a person would on the keypad. */
    void type(String digits) throws IOException {
        keys.write(digits.getBytes(StandardCharsets.US_ASCII));
        keys.flush();
    }

    /** Waits for an event of this type (e.g. REGISTER_OK, CALL_INCOMING, CALL_ESTABLISHED) and returns it. */
    JsonNode await(String type, Duration within) throws IOException, InterruptedException {
        return awaitEvents(type, 1, within).get(0);
    }

    /**
     * Waits until at least {@code count} events of this type arrived (the reader thread signals each
     * event) and returns them, oldest first; fails with what was seen if they do not come in time.
     */
    List<JsonNode> awaitEvents(String type, int count, Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (events) {
            List<JsonNode> seen = events(type);
            while (seen.size() < count && process.isAlive() && System.nanoTime() < deadline) {
                // bounded, so a phone that died (and sends no more events) is noticed within a second
                TimeUnit.NANOSECONDS.timedWait(events, Math.min(deadline - System.nanoTime(), 1_000_000_000L));
                seen = events(type);
            }
            if (seen.size() >= count) {
                return seen;
            }
        }
        String all;
        synchronized (events) {
            all = events.toString();
        }
        return fail("baresip saw " + events(type).size() + " of " + count + " " + type + " within "
                + within.toSeconds() + " s; events " + all + "; log " + log + ":\n" + tail());
    }

    /** The events of this type seen so far, oldest first. */
    List<JsonNode> events(String type) {
        synchronized (events) {
            return events.stream().filter(e -> type.equals(e.path("type").asText())).toList();
        }
    }

    String tail() throws IOException {
        String text = Files.readString(log, StandardCharsets.ISO_8859_1);
        return text.substring(Math.max(0, text.length() - 4000));
    }

    private void readEvents() {
        try (InputStream in = control.getInputStream()) {
            while (true) {
                ByteArrayOutputStream length = new ByteArrayOutputStream();
                int c;
                while ((c = in.read()) != ':') {
                    if (c < 0) {
                        return;
                    }
                    length.write(c);
                }
                byte[] body = in.readNBytes(Integer.parseInt(length.toString(StandardCharsets.US_ASCII)));
                in.read(); // the netstring's closing comma
                JsonNode node = JSON.readTree(body);
                if (node.path("event").asBoolean()) {
                    synchronized (events) {
                        events.add(node);
                        events.notifyAll();
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the phone stopped
        }
    }

    @Override
    public void close() {
        try {
            control.close();
        } catch (IOException e) {
            // already closed
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
