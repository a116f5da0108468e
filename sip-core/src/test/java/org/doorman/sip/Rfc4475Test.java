package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.doorman.sip.Rfc4475Expectations.Expectation;
import org.doorman.sip.testing.OptionsProbe;
import org.doorman.sip.testing.SipAnswer;
import org.doorman.sip.testing.SipPeer;
import org.doorman.sip.testing.TcpPeer;
import org.doorman.sip.testing.TestSipServer;
import org.doorman.sip.testing.TortureMessage;
import org.doorman.sip.testing.UdpPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sends each of the 49 RFC 4475 torture messages to a running server over UDP and over TCP, checks
 * the answer against Rfc4475Expectations, then checks the server still answers OPTIONS.
 *
 * <p>The messages go out byte for byte as the RFC gives them, with one exception over UDP: the top
 * Via's host[:port] is pointed at the test's socket. The RFC's Vias name documentation hosts
 * (192.0.2.x, host5.example.com), and a server answers UDP to the Via's port (RFC 3261 18.2.2), so
 * the answer could not otherwise be read. Over TCP nothing is changed: the answer comes back on the
 * connection, whatever the Via says. Each TCP message gets its own connection.
 */
class Rfc4475Test {
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(5);
    /** How long "no answer" is awaited: a bound, since silence cannot be observed to end. */
    private static final Duration SILENCE = Duration.ofSeconds(1);
    /** A broken stream is closed one second after its answer is queued; allow for a loaded machine. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    @TempDir
    static Path dataDir;
    private static TestSipServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestSipServer.start(dataDir);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Stream<Arguments> messages() {
        return Stream.of("UDP", "TCP").flatMap(transport -> Rfc4475Expectations.ALL.stream()
                .map(e -> Arguments.of(e.section() + " " + e.name() + " over " + transport + ": "
                        + e.over(transport), e, transport)));
    }

    @Test
    void the_table_covers_all_49_messages() {
        assertEquals(49, Rfc4475Expectations.ALL.stream().map(Expectation::name).distinct().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void answers_as_the_rfc_says_and_keeps_serving(String title, Expectation expected, String transport)
            throws Exception {
        TortureMessage message = TortureMessage.load(expected.name());
        Outcome outcome = expected.over(transport);
        try (SipPeer peer = open(transport)) {
            // Each message as its own client would send it (see withOwnBranch, withTopViaTransport).
            TortureMessage sent = message;
            if (!message.isResponse()) {
                // badbranch's branch is what it tests; every other message gets its own branch.
                sent = expected.name().equals("badbranch") ? sent : sent.withOwnBranch(transport);
                sent = sent.withTopViaTransport(transport).withTopViaAt(peer.local());
            }
            peer.send(sent.bytes());
            for (Outcome.Answer want : outcome.answers()) {
                SipAnswer got = nextFinal(peer).orElseThrow(() -> new AssertionError(
                        "no answer within " + ANSWER_WAIT + "; expected " + want + " (" + expected.why() + ")"));
                String callId = want.callId() == null ? message.callId() : want.callId();
                assertTrue(want.accepts(got.status()), "got " + got + ", expected " + want + ": " + expected.why());
                assertEquals(callId, got.callId(), "answer to the wrong message: " + got);
                want.headers().forEach((name, value) ->
                        assertEquals(values(value), values(got.header(name)), name + " of " + got));
            }
            if (outcome.closes()) {
                assertEquals(Optional.empty(), peer.receive(CLOSE_WAIT), "nothing after the answer");
                assertTrue(peer.closedByServer(), "the server closes a stream it can no longer frame");
            } else if (outcome.silentAfter()) {
                Optional<SipAnswer> extra = peer.receive(SILENCE);
                assertEquals(Optional.empty(), extra, "expected no (further) answer: " + expected.why());
            }
            if (transport.equals("UDP")) {
                // The same socket: an answer to the torture message arriving late fails the probe.
                assertEquals(200, OptionsProbe.statusFrom(peer, server.udp(), ANSWER_WAIT));
            }
        }
        if (transport.equals("TCP")) {
            // A fresh connection: the torture connection may be mid-message or closed.
            try (SipPeer fresh = open(transport)) {
                assertEquals(200, OptionsProbe.statusFrom(fresh, server.tcp(), ANSWER_WAIT));
            }
        }
    }

    /** A header's comma-separated values, spacing aside. */
    private static List<String> values(String header) {
        return Arrays.stream(header.split(",")).map(String::trim).toList();
    }

    private static SipPeer open(String transport) throws IOException {
        return transport.equals("UDP") ? new UdpPeer(server.udp()) : new TcpPeer(server.tcp());
    }

    /** The next final response; provisional ones (none today: doorman answers statelessly) are skipped. */
    private static Optional<SipAnswer> nextFinal(SipPeer peer) throws IOException {
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                return Optional.empty();
            }
            Optional<SipAnswer> answer = peer.receive(left);
            if (answer.isEmpty() || answer.get().isFinal()) {
                return answer;
            }
        }
    }
}
