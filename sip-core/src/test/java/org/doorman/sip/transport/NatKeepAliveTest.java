package org.doorman.sip.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.message.Response;
import org.doorman.registrar.location.Binding;
import org.doorman.sip.handler.ResponseSink;
import org.junit.jupiter.api.Test;

/** Which registered sources get a keep-alive on which tick, without a SIP stack. */
class NatKeepAliveTest {
    private static final long INTERVAL = 30_000;

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<Binding> bindings = new CopyOnWriteArrayList<>();
    private final Probes probes = new Probes();
    private final NatKeepAlive keepAlive = new NatKeepAlive(() -> List.copyOf(bindings), probes, INTERVAL, 3, now::get);

    /** Records what would have been sent; OPTIONS outcomes are kept for the test to complete. */
    private static final class Probes implements NatKeepAlive.Probes {
        final List<String> sent = new ArrayList<>();
        final List<ResponseSink> outcomes = new ArrayList<>();
        final Set<Integer> deadConnections = new HashSet<>();

        @Override
        public void options(Binding b, ResponseSink outcome) {
            sent.add("OPTIONS " + b.sourcePort());
            outcomes.add(outcome);
        }

        @Override
        public void crlf(Binding b) throws IOException {
            if (deadConnections.contains(b.sourcePort())) {
                throw new IOException("connection reset");
            }
            sent.add("CRLF " + b.sourcePort());
        }

        List<String> take() {
            List<String> copy = List.copyOf(sent);
            sent.clear();
            return copy;
        }
    }

    private static Binding binding(String aor, int port, String transport) {
        return new Binding(aor, "sip:" + aor + "@192.168.1.10:" + port, Long.MAX_VALUE, "call-" + aor, 1,
                "203.0.113.7", port, transport, "VTH", 1.0f);
    }

    private void tickAfter(long millis) {
        now.addAndGet(millis);
        keepAlive.run();
    }

    @Test
    void aSourceJustRegisteredIsFreshAndGetsItsFirstKeepAliveOneIntervalLater() {
        bindings.add(binding("9901", 5060, "UDP"));
        tickAfter(0);
        assertEquals(List.of(), probes.take());
        tickAfter(INTERVAL - 1);
        assertEquals(List.of(), probes.take());
        tickAfter(1);
        assertEquals(List.of("OPTIONS 5060"), probes.take());
        probes.outcomes.get(0).onResponse(response(200));
        tickAfter(1000);
        assertEquals(List.of(), probes.take(), "not again before the next interval");
        tickAfter(INTERVAL);
        assertEquals(List.of("OPTIONS 5060"), probes.take());
    }

    @Test
    void connectionsOverTcpAndTlsGetACrlfInsteadOfAnOptions() {
        bindings.addAll(List.of(binding("101", 40001, "TCP"), binding("102", 40002, "TLS"), binding("103", 5060, "UDP")));
        tickAfter(0);
        tickAfter(INTERVAL);
        assertEquals(List.of("CRLF 40001", "CRLF 40002", "OPTIONS 5060"), probes.take());
        assertEquals(new NatKeepAlive.Stats(1, 0, 0, 2, 0), keepAlive.stats());
    }

    @Test
    void contactsRegisteredFromOneSourceShareOneKeepAlive() {
        bindings.addAll(List.of(binding("9901", 5060, "UDP"), binding("9901#1", 5060, "UDP")));
        tickAfter(0);
        tickAfter(INTERVAL);
        assertEquals(List.of("OPTIONS 5060"), probes.take());
    }

    @Test
    void noMoreThanTheCapGoOutPerTickAndTheRestFollowOnTheNextTicks() {
        for (int port = 6001; port <= 6007; port++) {
            bindings.add(binding("10" + port, port, "UDP"));
        }
        tickAfter(0);
        tickAfter(INTERVAL);
        assertEquals(3, probes.take().size());
        tickAfter(1000);
        assertEquals(3, probes.take().size());
        tickAfter(1000);
        assertEquals(1, probes.take().size());
        tickAfter(1000);
        assertEquals(0, probes.take().size());
    }

    @Test
    void anUnansweredOptionsIsNotRepeatedWhileItsTransactionIsStillRunning() {
        bindings.add(binding("9901", 5060, "UDP"));
        tickAfter(0);
        tickAfter(INTERVAL);
        assertEquals(1, probes.take().size());
        tickAfter(INTERVAL);
        assertEquals(List.of(), probes.take(), "the first OPTIONS is still awaiting its answer");
        probes.outcomes.get(0).onTimeout();
        tickAfter(1000);
        assertEquals(List.of("OPTIONS 5060"), probes.take());
    }

    @Test
    void aDeviceThatStopsAnsweringIsCountedAndKeptOnBeingProbed() {
        bindings.add(binding("9901", 5060, "UDP"));
        tickAfter(0);
        for (int i = 0; i < 3; i++) {
            tickAfter(INTERVAL);
            probes.outcomes.get(i).onTimeout();
        }
        assertEquals(3, probes.take().size());
        assertEquals(new NatKeepAlive.Stats(3, 0, 3, 0, 0), keepAlive.stats());
        assertEquals(1, bindings.size(), "its registration is left to its expiry");
        tickAfter(INTERVAL);
        probes.outcomes.get(3).onResponse(response(404));
        assertEquals(new NatKeepAlive.Stats(4, 1, 3, 0, 0), keepAlive.stats(), "any final response is an answer");
    }

    @Test
    void aConnectionThatIsGoneIsNotTriedAgainUntilTheDeviceRegistersAnew() {
        bindings.add(binding("101", 40001, "TCP"));
        probes.deadConnections.add(40001);
        tickAfter(0);
        tickAfter(INTERVAL);
        tickAfter(INTERVAL);
        assertEquals(1, keepAlive.stats().failed());
        bindings.clear();
        bindings.add(binding("101", 40002, "TCP"));
        tickAfter(0);
        tickAfter(INTERVAL);
        assertEquals(List.of("CRLF 40002"), probes.take());
    }

    @Test
    void aSourceThatUnregisteredIsForgottenAndFreshAgainWhenItReturns() {
        bindings.add(binding("9901", 5060, "UDP"));
        tickAfter(0);
        bindings.clear();
        tickAfter(INTERVAL);
        bindings.add(binding("9901", 5060, "UDP"));
        tickAfter(1000);
        assertEquals(List.of(), probes.take());
    }

    @Test
    void intervalAndCapMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new NatKeepAlive(List::of, probes, 0, 1, now::get));
        assertThrows(IllegalArgumentException.class, () -> new NatKeepAlive(List::of, probes, 1, 0, now::get));
    }

    private static Response response(int status) {
        try {
            var factory = javax.sip.SipFactory.getInstance();
            factory.setPathName("gov.nist");
            var messages = factory.createMessageFactory();
            var headers = factory.createHeaderFactory();
            var addresses = factory.createAddressFactory();
            var uri = addresses.createSipURI("doorman", "127.0.0.1");
            var request = messages.createRequest(uri, "OPTIONS", headers.createCallIdHeader("c"),
                    headers.createCSeqHeader(1L, "OPTIONS"),
                    headers.createFromHeader(addresses.createAddress(uri), "f"),
                    headers.createToHeader(addresses.createAddress(uri), null),
                    List.of(headers.createViaHeader("127.0.0.1", 5060, "udp", "z9hG4bK1")),
                    headers.createMaxForwardsHeader(70));
            return messages.createResponse(status, request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
