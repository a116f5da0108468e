package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.doorman.sip.testing.OptionsProbe;
import org.doorman.sip.testing.SipAnswer;
import org.doorman.sip.testing.TcpPeer;
import org.doorman.sip.testing.TestSipServer;
import org.doorman.sip.testing.TortureMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounds on a TCP peer (sip.max-message-size, and sip.tcp-idle-timeout at its smallest allowed
 * value): what is too big, silent or too slow is cut off, and the server keeps serving.
 */
class TcpLimitsTest {
    /** Room for RFC 4475 clerr's declared 9999 octets, so that message tests the wait, not the size. */
    private static final int MAX_MESSAGE_SIZE = 16_384;
    private static final Duration IDLE = Duration.ofSeconds(5);
    /** The stack checks for idle connections once per idle period, so one closes within two of them. */
    private static final Duration IDLE_CLOSE_WAIT = IDLE.multipliedBy(3);
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(5);

    @TempDir
    static Path dataDir;
    private static TestSipServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestSipServer.start(dataDir, "sip.max-message-size=" + MAX_MESSAGE_SIZE,
                "sip.tcp-idle-timeout=" + IDLE.toSeconds());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void still_answers_options() throws IOException {
        try (TcpPeer peer = new TcpPeer(server.tcp())) {
            assertEquals(200, OptionsProbe.statusFrom(peer, server.tcp(), ANSWER_WAIT));
        }
    }

    private static String options(String callId, String extraHeaders) {
        return "OPTIONS sip:127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/TCP 127.0.0.1:5060;branch=z9hG4bK-" + callId + "\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:127.0.0.1>\r\nCall-ID: " + callId
                + "\r\nCSeq: 1 OPTIONS\r\n" + extraHeaders;
    }

    @Test
    void a_message_longer_than_max_message_size_gets_413_and_the_connection_is_closed() throws IOException {
        int bodyLength = 2 * MAX_MESSAGE_SIZE;
        String message = options("oversized", "Content-Type: text/plain\r\nContent-Length: " + bodyLength + "\r\n\r\n")
                + "x".repeat(bodyLength);
        try (TcpPeer peer = new TcpPeer(server.tcp())) {
            peer.send(message.getBytes(StandardCharsets.US_ASCII));
            SipAnswer answer = peer.receive(ANSWER_WAIT).orElseThrow(() -> new AssertionError("no 413"));
            assertEquals(413, answer.status());
            assertEquals("oversized", answer.callId());
            assertClosedWithoutAnswer(peer, ANSWER_WAIT);
        }
    }

    @Test
    void a_header_section_that_never_ends_is_cut_off_at_max_message_size() throws IOException {
        String endless = options("endless", "X-Junk: " + "a".repeat(MAX_MESSAGE_SIZE));
        try (TcpPeer peer = new TcpPeer(server.tcp())) {
            peer.send(endless.getBytes(StandardCharsets.US_ASCII));
            assertClosedWithoutAnswer(peer, ANSWER_WAIT);
        }
    }

    @Test
    void an_idle_connection_is_closed_after_tcp_idle_timeout() throws IOException {
        try (TcpPeer peer = new TcpPeer(server.tcp())) {
            long start = System.nanoTime();
            assertClosedWithoutAnswer(peer, IDLE_CLOSE_WAIT);
            Duration open = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(open.compareTo(IDLE.minusMillis(500)) >= 0, "closed after only " + open);
        }
    }

    /** RFC 4475 3.1.2.2 over TCP: "wait for more data ... and close the connection if none is forthcoming". */
    @Test
    void a_message_whose_body_never_comes_is_closed_like_an_idle_connection() throws IOException {
        try (TcpPeer peer = new TcpPeer(server.tcp())) {
            peer.send(TortureMessage.load("clerr").bytes());
            assertClosedWithoutAnswer(peer, IDLE_CLOSE_WAIT);
        }
    }

    /** Activity alone does not keep a connection: its message must be complete within the idle time. */
    @Test
    void a_message_trickling_in_is_cut_off_after_tcp_idle_timeout() throws IOException {
        byte[] drip = options("drip", "X-Slow: " + "a".repeat(MAX_MESSAGE_SIZE)).getBytes(StandardCharsets.US_ASCII);
        long deadline = System.nanoTime() + IDLE_CLOSE_WAIT.toNanos();
        try (TcpPeer peer = new TcpPeer(server.tcp())) {
            for (int i = 0; !peer.closedByServer(); i++) {
                assertTrue(System.nanoTime() < deadline, "still open after " + IDLE_CLOSE_WAIT);
                try {
                    peer.send(new byte[] {drip[i]});
                } catch (IOException e) {
                    break; // reset by the server: closed
                }
                // The pause between bytes is a wait for the server's answer or close, which must not come early.
                Optional<SipAnswer> answer = peer.receive(Duration.ofMillis(250));
                assertEquals(Optional.empty(), answer);
            }
        }
    }

    private static void assertClosedWithoutAnswer(TcpPeer peer, Duration within) throws IOException {
        Optional<SipAnswer> answer = peer.receive(within);
        assertEquals(Optional.empty(), answer);
        assertTrue(peer.closedByServer(), "still open after " + within);
    }
}
