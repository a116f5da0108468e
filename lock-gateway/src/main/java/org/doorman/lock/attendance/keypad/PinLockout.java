package org.doorman.lock.attendance.keypad;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts wrong PINs typed at door stations per user ID and refuses that user's PIN punches for a while
 * after too many in a row. Keyed by user ID, not by door station: a guesser who walks to another door
 * keeps the count, and a guesser at one door cannot lock every other resident out there. Cards still
 * work while a user's PINs are refused. Pure: the caller passes the time.
 *
 * <p>A correct PIN before the limit ends the streak; a streak whose last wrong PIN is older than the
 * lock time is forgotten. Memory is bounded by {@link #MAX_TRACKED} streaks (locks are never pushed out).
 * Not thread-safe: the owner serialises calls.
 */
public final class PinLockout {
    static final int MAX_TRACKED = 10_000;
    private final int maxWrong;
    private final Duration lockFor;
    private final Map<Integer, Streak> streaks = new HashMap<>();

    private record Streak(int wrong, Instant last, Instant lockedUntil) {
    }

    /** @param maxWrong wrong PINs in a row that lock (at least 1); @param lockFor how long (above 0) */
    public PinLockout(int maxWrong, Duration lockFor) {
        if (maxWrong < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("a PIN lockout needs at least 1 attempt and a lock time above 0, got "
                    + maxWrong + " and " + lockFor);
        }
        this.maxWrong = maxWrong;
        this.lockFor = lockFor;
    }

    /** @return when the user's PIN punches are refused until, or null when they are not */
    public Instant lockedUntil(int userId, Instant now) {
        Streak s = streaks.get(userId);
        if (s == null || s.lockedUntil() == null) {
            return null;
        }
        if (!now.isBefore(s.lockedUntil())) {
            streaks.remove(userId);
            return null;
        }
        return s.lockedUntil();
    }

    /** @return true when this wrong PIN is the one that locks the user (alarm once, here) */
    public boolean wrong(int userId, Instant now) {
        Streak s = streaks.get(userId);
        if (s != null && s.lockedUntil() != null && now.isBefore(s.lockedUntil())) {
            return false;
        }
        boolean fresh = s == null || s.lockedUntil() != null || now.isAfter(s.last().plus(lockFor));
        int wrong = fresh ? 1 : s.wrong() + 1;
        if (s == null && streaks.size() >= MAX_TRACKED) {
            forgetUnlocked(now);
        }
        boolean locks = wrong >= maxWrong;
        streaks.put(userId, new Streak(wrong, now, locks ? now.plus(lockFor) : null));
        return locks;
    }

    /** A correct PIN: the streak ends. */
    public void right(int userId) {
        Streak s = streaks.get(userId);
        if (s != null && s.lockedUntil() == null) {
            streaks.remove(userId);
        }
    }

    public int maxWrong() {
        return maxWrong;
    }

    public Duration lockFor() {
        return lockFor;
    }

    int tracked() {
        return streaks.size();
    }

    private void forgetUnlocked(Instant now) {
        streaks.values().removeIf(s -> s.lockedUntil() == null || !now.isBefore(s.lockedUntil()));
    }
}
