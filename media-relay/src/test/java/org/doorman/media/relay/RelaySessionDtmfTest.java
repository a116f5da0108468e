package org.doorman.media.relay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.doorman.media.Leg;
import org.doorman.media.MediaEvents;
import org.doorman.media.session.SrtpPolicy;
import org.doorman.media.srtp.LegCipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A session released while keys are queued stops playing them at its next tick: nothing keeps running. */
class RelaySessionDtmfTest {
    private final MediaTransport transport = MediaTransport.create(1);
    private final RelayContext context = new RelayContext(transport, new PortAllocator(43000, 43099), "127.0.0.1",
            "127.0.0.1", SrtpPolicy.PREFERRED, 3000, Clock.systemUTC(), (p, o) -> LegCipher.PLAIN, MediaEvents.NONE);

    @AfterEach
    void stop() {
        transport.group().shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    private static String sdp(DatagramSocket socket) {
        return "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio "
                + socket.getLocalPort() + " RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\na=rtcp-mux\r\n";
    }

    @Test
    void releasingStopsTheQueueBeforeItIsPlayed() throws Exception {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        try (DatagramSocket a = new DatagramSocket(loopback); DatagramSocket b = new DatagramSocket(loopback)) {
            b.setSoTimeout(5000);
            RelaySession session = new RelaySession("r1", context, new SecureRandom());
            session.offer(Leg.A, sdp(a), false, false);
            session.answer(Leg.B, sdp(b), false, false);
            for (char key : "123".toCharArray()) {
                assertTrue(session.sendDtmf(Leg.B, key));
            }
            b.receive(new DatagramPacket(new byte[64], 64)); // the first key is playing
            assertTrue(session.dtmfPlaying());
            session.close();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (session.dtmfPlaying() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(1_000_000);
            }
            assertFalse(session.dtmfPlaying(), "the sender stopped");
            long played = session.stats().streams().get(0).b().packetsOut();
            assertTrue(played < 3 * 8, "three keys were queued, " + played + " packets went before the stop");
            assertFalse(session.sendDtmf(Leg.B, '4'), "a released session takes no more keys");
        }
    }
}
