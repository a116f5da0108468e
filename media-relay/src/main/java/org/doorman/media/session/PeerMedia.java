package org.doorman.media.session;

import java.util.List;

/**
 * Where one leg's peer receives one stream, as its SDP says, and how its packets are read.
 *
 * @param host the c= address, or null when the peer did not give one that can be sent to (0.0.0.0 hold, a host name)
 * @param rtpPort the m= port
 * @param rtcpPort the a=rtcp port, else the m= port + 1 (RFC 3550); equal to rtpPort when muxed
 * @param mux whether RTP and RTCP share the port with this peer (RFC 5761)
 * @param telephoneEventTypes payload types mapped to telephone-event (RFC 4733)
 * @param clockRate the RTP clock of the stream's first format, for jitter in milliseconds
 */
public record PeerMedia(String host, int rtpPort, int rtcpPort, boolean mux, List<Integer> telephoneEventTypes,
                        int clockRate) {
    public PeerMedia {
        telephoneEventTypes = List.copyOf(telephoneEventTypes);
        if (clockRate <= 0) {
            throw new IllegalArgumentException("clock rate must be positive: " + clockRate);
        }
    }
}
