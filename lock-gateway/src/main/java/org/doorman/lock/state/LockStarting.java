package org.doorman.lock.state;

/** At start, before the lock has been driven to locked once. */
public final class LockStarting implements LockState {
    public static final LockStarting INSTANCE = new LockStarting();

    private LockStarting() {
    }

    @Override
    public LockStatus status() {
        return LockStatus.STARTING;
    }

    @Override
    public LockState relock() {
        return LockRelocking.INSTANCE;
    }
}
