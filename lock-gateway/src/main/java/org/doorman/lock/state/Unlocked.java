package org.doorman.lock.state;

/** Released for the unlock period (longer while Check Door Signal Before Lock holds it for an open door). */
public final class Unlocked implements LockState {
    public static final Unlocked INSTANCE = new Unlocked();

    private Unlocked() {
    }

    @Override
    public LockStatus status() {
        return LockStatus.UNLOCKED;
    }

    /** Another unlock while open: it stays open and the unlock period starts again. */
    @Override
    public LockState unlock() {
        return this;
    }

    @Override
    public LockState relock() {
        return LockRelocking.INSTANCE;
    }
}
