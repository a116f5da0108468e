package org.doorman.sip.registrar;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * REGISTERs answered 200 in the last 32 s (RFC 3261 Timer F), by branch, Call-ID, CSeq and source.
 * A client that lost the 200 resends the very same request; its nonce count has been used, so
 * authenticating it again would answer 401. It gets its 200 again instead. Bounded: the oldest
 * entries go first.
 */
final class RecentlyAccepted {
    static final long WINDOW_MILLIS = 32_000;
    private final int capacity;
    private final Clock clock;
    private final LinkedHashMap<String, Long> acceptedAt;

    RecentlyAccepted(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
        this.acceptedAt = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > RecentlyAccepted.this.capacity;
            }
        };
    }

    static String key(String branch, String callId, long cseq, String source) {
        return branch + '|' + callId + '|' + cseq + '|' + source;
    }

    synchronized void accepted(String key) {
        acceptedAt.put(key, clock.millis());
    }

    synchronized boolean isRetransmission(String key) {
        Long at = acceptedAt.get(key);
        return at != null && clock.millis() - at < WINDOW_MILLIS;
    }
}
