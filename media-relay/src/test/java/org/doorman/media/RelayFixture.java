package org.doorman.media;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;
import org.doorman.conf.MediaConfig;
import org.doorman.conf.PortRange;
import org.doorman.media.sdp.Sdp;
import org.doorman.media.srtp.LegCipher;

/** A relay on loopback with a hand-moved clock and recorded events, for the socket tests. */
final class RelayFixture implements AutoCloseable {
    record Digit(String session, Leg from, char key) {
    }

    final MutableClock clock = new MutableClock();
    final List<Digit> digits = new CopyOnWriteArrayList<>();
    final List<String> timedOut = new CopyOnWriteArrayList<>();
    final CountDownLatch firstTimeout = new CountDownLatch(1);
    final MediaRelay relay;

    RelayFixture(String ports, String srtp, LegCipher.Factory ciphers) throws Exception {
        MediaConfig config = new MediaConfig(true, "127.0.0.1", "", PortRange.parse(ports), srtp, 60, 3, 8554, 8322);
        relay = MediaRelay.start(config, "127.0.0.1", clock, ciphers, new MediaEvents() {
            @Override
            public void dtmf(String session, Leg from, char key, java.time.Instant at) {
                digits.add(new Digit(session, from, key));
            }

            @Override
            public void timedOut(String session) {
                timedOut.add(session);
                firstTimeout.countDown();
            }
        });
    }

    /** Offer from A, answer from B, plain RTP over UDP signalling; returns the relay ports {for A, for B}. */
    int[] connect(String session, Phone a, Phone b) throws Exception {
        String toB = relay.offer(session, Leg.A, a.sdp("RTP/AVP", ""), false, false);
        String toA = relay.answer(session, Leg.B, b.sdp("RTP/AVP", ""), false, false);
        return new int[] {port(toA), port(toB)};
    }

    static int port(String sdp) throws Exception {
        return Sdp.parse(sdp).media().get(0).port();
    }

    SessionStats stats(String session) {
        return relay.sessions().stream().filter(s -> s.session().equals(session)).findFirst().orElseThrow();
    }

    /** Polls until {@code condition} holds, for at most five seconds. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    @Override
    public void close() {
        relay.close();
    }
}
