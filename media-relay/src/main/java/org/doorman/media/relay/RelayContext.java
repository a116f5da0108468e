package org.doorman.media.relay;

import java.time.Clock;
import org.doorman.media.MediaEvents;
import org.doorman.media.session.SrtpPolicy;
import org.doorman.media.srtp.LegCipher;

/** What every session of one relay shares: transport, ports, policy, addresses, time and listeners. */
public record RelayContext(MediaTransport transport, PortAllocator ports, String bindAddress, String sdpAddress,
                           SrtpPolicy policy, long latchWindowMillis, Clock clock, LegCipher.Factory ciphers,
                           MediaEvents events) {
}
