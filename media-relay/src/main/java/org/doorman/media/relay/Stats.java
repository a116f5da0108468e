package org.doorman.media.relay;

import java.net.InetSocketAddress;
import org.doorman.media.SessionStats;

/** Turns an end's counters into the {@link SessionStats.LegStats} snapshot. */
final class Stats {
    private Stats() {
    }

    static SessionStats.LegStats of(RelayEnd end) {
        EndCounters c = end.counters();
        Route route = end.route();
        InetSocketAddress remote = end.remote();
        boolean secure = route != null && route.crypto().secure();
        SessionStats.PeerReport report = null;
        long reports = c.get(EndCounters.REPORTS);
        if (reports > 0) {
            int clockRate = route != null ? route.clockRate() : 8000;
            report = new SessionStats.PeerReport(reports, c.get(EndCounters.FRACTION_LOST) / 256.0,
                    c.get(EndCounters.CUMULATIVE_LOST), c.get(EndCounters.JITTER) * 1000.0 / clockRate);
        }
        return new SessionStats.LegStats(end.port(),
                remote == null ? null : remote.getAddress().getHostAddress() + ":" + remote.getPort(),
                end.latched(), secure, secure ? route.crypto().peerKey().suite().name() : null,
                c.get(EndCounters.PACKETS_IN), c.get(EndCounters.BYTES_IN), c.get(EndCounters.PACKETS_OUT),
                c.get(EndCounters.BYTES_OUT), new SessionStats.Drops(c.drops(DropReason.WRONG_SOURCE),
                        c.drops(DropReason.SRTP_AUTH), c.drops(DropReason.MALFORMED),
                        c.drops(DropReason.UNROUTABLE), c.drops(DropReason.SRTP_SEAL)), report);
    }
}
