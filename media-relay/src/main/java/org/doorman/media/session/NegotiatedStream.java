package org.doorman.media.session;

/**
 * One m-line after an answer: whether it carries media, and per leg where the peer is and which keys it uses.
 *
 * @param index the m-line's position (0-based), the same on both legs
 * @param media the m-line's media type (audio, video, ...)
 * @param active false when either side rejected it (port 0) or it is not RTP over UDP
 */
public record NegotiatedStream(int index, String media, boolean active, PeerMedia peerA, LegCrypto cryptoA,
                               PeerMedia peerB, LegCrypto cryptoB) {
    public PeerMedia peer(org.doorman.media.Leg leg) {
        return leg == org.doorman.media.Leg.A ? peerA : peerB;
    }

    public LegCrypto crypto(org.doorman.media.Leg leg) {
        return leg == org.doorman.media.Leg.A ? cryptoA : cryptoB;
    }
}
