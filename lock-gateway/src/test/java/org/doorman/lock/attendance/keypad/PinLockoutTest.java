package org.doorman.lock.attendance.keypad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Wrong PINs per user ID: 5 in a row lock that user's PIN punches for 5 minutes (security.lockout-*). */
class PinLockoutTest {
    private final PinLockout lockout = new PinLockout(5, Duration.ofMinutes(5));
    private Instant now = Instant.parse("2026-11-23T08:00:00Z");

    private boolean wrong(int user) {
        now = now.plusSeconds(10);
        return lockout.wrong(user, now);
    }

    @Test
    void theFifthWrongPinInARowLocksAndOnlyItSaysSo() {
        for (int i = 1; i <= 4; i++) {
            assertFalse(wrong(7), "wrong PIN " + i);
            assertNull(lockout.lockedUntil(7, now));
        }
        assertTrue(wrong(7));
        assertEquals(now.plus(Duration.ofMinutes(5)), lockout.lockedUntil(7, now));
        assertFalse(wrong(7), "a locked user is not locked again (one alarm)");
        assertEquals(now.minusSeconds(10).plus(Duration.ofMinutes(5)), lockout.lockedUntil(7, now),
                "wrong PINs while locked do not extend the lock");
    }

    @Test
    void theLockEndsAfterFiveMinutesAndTheCountStartsAgain() {
        for (int i = 0; i < 5; i++) {
            wrong(7);
        }
        Instant until = lockout.lockedUntil(7, now);
        assertEquals(until, lockout.lockedUntil(7, until.minusMillis(1)));
        assertNull(lockout.lockedUntil(7, until));
        now = until;
        assertFalse(wrong(7), "the first wrong PIN after the lock counts from one");
    }

    @Test
    void aRightPinEndsTheStreak() {
        for (int i = 0; i < 4; i++) {
            wrong(7);
        }
        lockout.right(7);
        for (int i = 0; i < 4; i++) {
            assertFalse(wrong(7));
        }
        assertTrue(wrong(7));
    }

    @Test
    void aRightPinDoesNotLiftALock() {
        for (int i = 0; i < 5; i++) {
            wrong(7);
        }
        lockout.right(7);
        assertTrue(lockout.lockedUntil(7, now) != null);
    }

    @Test
    void usersAreCountedApart() {
        for (int i = 0; i < 4; i++) {
            wrong(7);
            wrong(8);
        }
        assertTrue(wrong(7));
        assertNull(lockout.lockedUntil(8, now));
    }

    @Test
    void wrongPinsFurtherApartThanTheLockTimeAreNotInARow() {
        for (int i = 0; i < 4; i++) {
            wrong(7);
        }
        now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
        assertFalse(lockout.wrong(7, now));
    }

    @Test
    void sprayingUserIdsNeverPushesOutALock() {
        for (int i = 0; i < 5; i++) {
            wrong(7);
        }
        for (int user = 100; user < 100 + PinLockout.MAX_TRACKED + 10; user++) {
            lockout.wrong(user, now);
        }
        assertTrue(lockout.tracked() <= PinLockout.MAX_TRACKED);
        assertTrue(lockout.lockedUntil(7, now) != null);
    }

    @Test
    void aLockoutNeedsAnAttemptAndATime() {
        assertThrows(IllegalArgumentException.class, () -> new PinLockout(0, Duration.ofMinutes(5)));
        assertThrows(IllegalArgumentException.class, () -> new PinLockout(5, Duration.ZERO));
    }
}
