package org.doorman.sip.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A well-formed OPTIONS to the server itself: a 200 to it shows the server is still serving. */
public final class OptionsProbe {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private OptionsProbe() {}

    /**
     * Sends the probe from `peer` and returns the status of its answer, failing on any other response
     * that arrives first (a late answer to an earlier message would otherwise pass unnoticed).
     */
    public static int statusFrom(SipPeer peer, InetSocketAddress server, Duration wait) throws IOException {
        String callId = "probe-" + SEQUENCE.incrementAndGet() + "@127.0.0.1";
        InetSocketAddress local = peer.local();
        String probe = "OPTIONS sip:" + server.getHostString() + ":" + server.getPort() + " SIP/2.0\r\n"
                + "Via: SIP/2.0/" + peer.transport() + " " + local.getHostString() + ":" + local.getPort()
                + ";branch=z9hG4bK-" + callId.hashCode() + ";rport\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:probe@127.0.0.1>;tag=probe\r\n"
                + "To: <sip:" + server.getHostString() + ">\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Content-Length: 0\r\n\r\n";
        peer.send(probe.getBytes(StandardCharsets.US_ASCII));
        Optional<SipAnswer> answer = peer.receive(wait);
        if (answer.isEmpty()) {
            throw new AssertionError("no answer to OPTIONS within " + wait);
        }
        if (!answer.get().callId().equals(callId)) {
            throw new AssertionError("before the OPTIONS answer came " + answer.get());
        }
        return answer.get().status();
    }
}
