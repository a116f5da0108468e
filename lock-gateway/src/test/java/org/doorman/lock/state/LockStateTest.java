package org.doorman.lock.state;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** One test per lock transition (DESIGN rule 3), and every event a state does not take. */
class LockStateTest {

    @Test
    void startingRelocksToDriveTheLockLocked() {
        assertSame(LockRelocking.INSTANCE, LockStarting.INSTANCE.relock());
    }

    @Test
    void lockedUnlockStartsUnlocking() {
        assertSame(Unlocking.INSTANCE, Locked.INSTANCE.unlock());
    }

    @Test
    void unlockingSucceededIsUnlocked() {
        assertSame(Unlocked.INSTANCE, Unlocking.INSTANCE.commandSucceeded());
    }

    @Test
    void unlockingFailedIsDrivenBackToLockedNeverReportedOpen() {
        assertSame(LockRelocking.INSTANCE, Unlocking.INSTANCE.commandFailed());
    }

    @Test
    void unlockedUnlockStaysUnlocked() {
        assertSame(Unlocked.INSTANCE, Unlocked.INSTANCE.unlock());
    }

    @Test
    void unlockedRelockStartsRelocking() {
        assertSame(LockRelocking.INSTANCE, Unlocked.INSTANCE.relock());
    }

    @Test
    void relockingSucceededIsLocked() {
        assertSame(Locked.INSTANCE, LockRelocking.INSTANCE.commandSucceeded());
    }

    @Test
    void relockingFailedIsAFault() {
        assertSame(LockFault.INSTANCE, LockRelocking.INSTANCE.commandFailed());
    }

    @Test
    void faultRelockRetries() {
        assertSame(LockRelocking.INSTANCE, LockFault.INSTANCE.relock());
    }

    @Test
    void everyOtherEventIsIllegal() {
        illegal(LockStarting.INSTANCE, LockState::unlock, LockState::commandSucceeded, LockState::commandFailed);
        illegal(Locked.INSTANCE, LockState::relock, LockState::commandSucceeded, LockState::commandFailed);
        illegal(Unlocking.INSTANCE, LockState::unlock, LockState::relock);
        illegal(Unlocked.INSTANCE, LockState::commandSucceeded, LockState::commandFailed);
        illegal(LockRelocking.INSTANCE, LockState::unlock, LockState::relock);
        illegal(LockFault.INSTANCE, LockState::unlock, LockState::commandSucceeded, LockState::commandFailed);
    }

    @SafeVarargs
    private static void illegal(LockState state, UnaryOperator<LockState>... events) {
        for (UnaryOperator<LockState> event : events) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> event.apply(state));
            assertTrue(e.getMessage().contains(state.status().name()), e.getMessage());
        }
    }
}
