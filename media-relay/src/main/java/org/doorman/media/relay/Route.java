package org.doorman.media.relay;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.doorman.media.session.LegCrypto;
import org.doorman.media.session.PeerMedia;
import org.doorman.media.srtp.LegCipher;

/**
 * How one leg of one stream is handled once negotiated: where its peer said it receives, its
 * cipher, its telephone-event payload types, and until when an unsignalled source may be latched.
 * Immutable: a new answer installs a new one; {@code generation} changes when the peer's address
 * does, which forgets what was latched.
 */
record Route(InetSocketAddress rtp, InetSocketAddress rtcp, boolean mux, LegCrypto crypto, LegCipher cipher,
             boolean[] telephoneEvents, int clockRate, long generation, long latchUntilMillis) {

    static Route of(PeerMedia peer, LegCrypto crypto, LegCipher cipher, long generation, long latchUntilMillis) {
        boolean[] events = new boolean[128];
        for (int pt : peer.telephoneEventTypes()) {
            events[pt] = true;
        }
        return new Route(address(peer.host(), peer.rtpPort()), address(peer.host(), peer.rtcpPort()), peer.mux(),
                crypto, cipher, events, peer.clockRate(), generation, latchUntilMillis);
    }

    boolean isTelephoneEvent(int payloadType) {
        return telephoneEvents[payloadType];
    }

    /** Whether {@code other} names the same peer addresses (then what was latched stays). */
    boolean sameAddresses(Route other) {
        return other != null && java.util.Objects.equals(rtp, other.rtp) && java.util.Objects.equals(rtcp, other.rtcp)
                && mux == other.mux;
    }

    /** An IP literal (PeerMedia only keeps literals, so this never looks a name up) and port, or null. */
    private static InetSocketAddress address(String host, int port) {
        if (host == null || port <= 0) {
            return null;
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
