package org.doorman.media;

import java.util.List;

/**
 * A snapshot of one relayed session for the CLI and the management API (field names are part of the
 * JSON contract).
 *
 * @param session the session name the SIP side gave
 * @param started when the first offer arrived, ISO-8601 UTC (a string so that a plain ObjectMapper writes it)
 * @param answered whether an answer has been negotiated (media flows only after one)
 * @param streams one per m-line, in SDP order
 */
public record SessionStats(String session, String started, boolean answered, List<StreamStats> streams) {
    public SessionStats {
        streams = List.copyOf(streams);
    }

    /**
     * One m-line.
     *
     * @param index its position in the SDP (0-based)
     * @param media audio, video, ...
     * @param active false when rejected (port 0) or not yet answered
     * @param a the caller's leg
     * @param b the callee's leg
     */
    public record StreamStats(int index, String media, boolean active, LegStats a, LegStats b) {
    }

    /**
     * One leg of one stream, as seen at the relay port that leg's peer talks to.
     *
     * @param relayPort the relay's RTP port for this leg (RTCP is the next port unless muxed)
     * @param remote where the peer's RTP comes from ("ip:port"), or where its SDP says it receives; null if unknown
     * @param latched whether the relay has learned the peer's source from its packets
     * @param secure whether the leg carries SRTP
     * @param suite the SRTP suite, or null for plain RTP
     * @param packetsIn datagrams received on the leg's ports, including the dropped ones
     * @param bytesIn bytes of those datagrams
     * @param packetsOut datagrams sent to the peer
     * @param bytesOut bytes sent to the peer (after SRTP protection)
     * @param dropped what was received and not forwarded, by reason
     * @param peerReport the last RTCP reception report the peer sent about what it receives from the relay, or null
     */
    public record LegStats(int relayPort, String remote, boolean latched, boolean secure, String suite,
                           long packetsIn, long bytesIn, long packetsOut, long bytesOut, Drops dropped,
                           PeerReport peerReport) {
    }

    /**
     * Packets dropped by reason.
     *
     * @param wrongSource from an address that is not the leg's peer
     * @param srtpAuth failing SRTP authentication or replayed
     * @param malformed not RTP/RTCP version 2, or lengths that do not add up
     * @param unroutable arriving before the answer, on a rejected stream, or with no address for the other peer
     * @param srtpSeal refused by the other leg's SRTP cipher (an index already sent, too many SSRCs)
     */
    public record Drops(long wrongSource, long srtpAuth, long malformed, long unroutable, long srtpSeal) {
    }

    /**
     * Reception quality the peer reported by RTCP (RFC 3550 6.4.1).
     *
     * @param reports report blocks received so far
     * @param fractionLost fraction lost in the last interval, 0.0-1.0
     * @param cumulativeLost packets lost since the start
     * @param jitterMillis interarrival jitter in milliseconds (from RTP units with the stream's clock rate)
     */
    public record PeerReport(long reports, double fractionLost, long cumulativeLost, double jitterMillis) {
    }
}
