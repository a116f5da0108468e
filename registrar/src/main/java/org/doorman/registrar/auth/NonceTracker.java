package org.doorman.registrar.auth;

import java.util.LinkedHashMap;

/**
 * The replay half of {@link NonceService}: for each nonce in use, the highest nonce count seen, in memory bounded
 * by a capacity.
 *
 * <p>One lock, held for a few O(1) map operations per request (bench/ should confirm that it never becomes the
 * bottleneck before it is made finer).
 * When full, the entry first used longest ago is forgotten and its issue time becomes a low-water mark: untracked
 * nonces issued at or before it are answered STALE (the client fetches a new one without troubling its user)
 * instead of being accepted as new, so forgetting never opens a replay window.
 */
final class NonceTracker {

    /** Stored as the count of a nonce used without qop: any later use of it is then a replay. */
    private static final long USED_ONCE = Long.MAX_VALUE;

    private record Seen(long issuedAt, long highestNc) {
    }

    private final int capacity;
    private final long ttlMillis;
    /** In first-use order, which is close to issue order, so expired entries gather at the head. */
    private final LinkedHashMap<String, Seen> seen = new LinkedHashMap<>();
    private long forgottenUpTo = Long.MIN_VALUE;

    NonceTracker(int capacity, long ttlMillis) {
        this.capacity = capacity;
        this.ttlMillis = ttlMillis;
    }

    /**
     * Records a use of a nonce whose signature and age were already checked.
     *
     * @param nc the client's nonce count (at least 1), or 0 for a request without qop, which may use a nonce once
     */
    synchronized NonceCheck use(String nonce, long issuedAt, long nc, long now) {
        // an expired nonce is refused as STALE before it gets here, so its entry carries nothing
        TimeOrderedMaps.dropExpiredHead(seen, e -> now - e.issuedAt() > ttlMillis);
        Seen s = seen.get(nonce);
        if (s == null) {
            if (issuedAt <= forgottenUpTo) {
                return NonceCheck.STALE;
            }
            TimeOrderedMaps.makeRoom(seen, capacity, e -> forgottenUpTo = Math.max(forgottenUpTo, e.issuedAt()));
            seen.put(nonce, new Seen(issuedAt, nc == 0 ? USED_ONCE : nc));
            return NonceCheck.VALID;
        }
        if (nc == 0 || nc <= s.highestNc()) {
            return NonceCheck.REPLAY;
        }
        seen.put(nonce, new Seen(s.issuedAt(), nc));
        return NonceCheck.VALID;
    }

    synchronized int size() {
        return seen.size();
    }
}
