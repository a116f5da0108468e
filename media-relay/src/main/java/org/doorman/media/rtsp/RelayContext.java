package org.doorman.media.rtsp;

import java.time.Clock;
import java.util.Map;
import org.doorman.media.rtsp.auth.ViewerAuthenticator;

/** What every viewer connection shares: the cameras by door, the digest check, the UDP sockets, the tuning. */
record RelayContext(Map<String, CameraHub> hubs, ViewerAuthenticator authenticator, UdpPair udp, RtspTuning tuning,
        Clock clock) {
}
