package org.doorman.registrar.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks an (account, source address) pair after repeated wrong passwords, as the VTO manual does (5 failures,
 * locked 5 minutes); while locked the SIP layer answers 403 without checking the password. Every failure and
 * lock is logged for fail2ban, which bans a sprayer at the firewall (line shapes and regexes: {@link SecurityLog}).
 *
 * <p>Failures count as consecutive while each comes less than the lock time after the previous one. Memory is
 * bounded: streaks and locks are forgotten when they expire, and beyond {@code maxTracked} each the oldest goes
 * first. Locks are kept apart from streaks so that spraying random user names cannot push a lock out.
 * Thread-safe: one lock around O(1) map operations.
 */
public final class LoginGuard {

    /** Far above a building's devices, small enough (a few MB) that a spray cannot exhaust the heap. */
    public static final int DEFAULT_MAX_TRACKED = 10_000;

    private static final Logger SECURITY = LoggerFactory.getLogger(SecurityLog.LOGGER);

    private record Pair(String account, String sourceIp) {
        Pair {
            Objects.requireNonNull(account, "account");
            SecurityLog.requireAddress(sourceIp);
        }
    }

    private record Streak(int failures, long lastFailureAt) {
    }

    private final int maxFailures;
    private final Duration lockFor;
    private final long lockMillis;
    private final Clock clock;
    private final int maxTracked;
    /** Ordered by last failure, so expired streaks gather at the head. */
    private final LinkedHashMap<Pair, Streak> streaks = new LinkedHashMap<>();
    /** Lock end time, in locking order, which is also expiry order. */
    private final LinkedHashMap<Pair, Long> locks = new LinkedHashMap<>();

    public LoginGuard(int maxFailures, Duration lockFor, Clock clock) {
        this(maxFailures, lockFor, clock, DEFAULT_MAX_TRACKED);
    }

    public LoginGuard(int maxFailures, Duration lockFor, Clock clock, int maxTracked) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, got " + maxFailures);
        }
        if (lockFor.toSeconds() < 1) {
            throw new IllegalArgumentException("lockFor must be at least one second, got " + lockFor);
        }
        if (maxTracked < 1) {
            throw new IllegalArgumentException("maxTracked must be at least 1, got " + maxTracked);
        }
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.lockMillis = lockFor.toMillis();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxTracked = maxTracked;
    }

    public boolean isLocked(String account, String sourceIp) {
        Pair p = new Pair(account, sourceIp);
        synchronized (this) {
            return lockedAt(p, clock.millis());
        }
    }

    /**
     * @return true when this failure locks the pair; false otherwise, including when it was already locked (the
     *     lock is not extended, so a device retrying in a loop is let in once its owner fixes the password)
     */
    public boolean recordFailure(String account, String sourceIp) {
        Pair p = new Pair(account, sourceIp);
        SECURITY.warn(SecurityLog.fail(account, sourceIp));
        boolean locks;
        synchronized (this) {
            locks = countFailure(p, clock.millis());
        }
        if (locks) {
            SECURITY.warn(SecurityLog.locked(account, sourceIp, lockFor));
        }
        return locks;
    }

    /** Resets the failure count; a lock in force stays, since the password should not have been checked then. */
    public void recordSuccess(String account, String sourceIp) {
        Pair p = new Pair(account, sourceIp);
        synchronized (this) {
            streaks.remove(p);
        }
    }

    synchronized int trackedEntries() {
        return streaks.size() + locks.size();
    }

    private boolean lockedAt(Pair p, long now) {
        forgetExpired(now);
        Long until = locks.get(p);
        return until != null && now < until;
    }

    private boolean countFailure(Pair p, long now) {
        if (lockedAt(p, now)) {
            return false;
        }
        Streak s = streaks.remove(p); // re-inserted below, so the map stays in last-failure order
        int failures = s == null || now - s.lastFailureAt() >= lockMillis ? 1 : s.failures() + 1;
        if (failures >= maxFailures) {
            locks.remove(p); // an expired lock of this pair may linger mid-map: drop it so the new one goes to the tail
            putBounded(locks, p, now + lockMillis);
            return true;
        }
        putBounded(streaks, p, new Streak(failures, now));
        return false;
    }

    private void forgetExpired(long now) {
        TimeOrderedMaps.dropExpiredHead(streaks, s -> now - s.lastFailureAt() >= lockMillis);
        TimeOrderedMaps.dropExpiredHead(locks, until -> now >= until);
    }

    private <V> void putBounded(Map<Pair, V> map, Pair p, V value) {
        TimeOrderedMaps.makeRoom(map, maxTracked, evicted -> { });
        map.put(p, value);
    }
}
