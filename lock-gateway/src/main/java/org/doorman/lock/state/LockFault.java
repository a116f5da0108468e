package org.doorman.lock.state;

/** The lock could not be locked, retries included; an alarm was raised and relocking is retried. */
public final class LockFault implements LockState {
    public static final LockFault INSTANCE = new LockFault();

    private LockFault() {
    }

    @Override
    public LockStatus status() {
        return LockStatus.FAULT;
    }

    @Override
    public LockState relock() {
        return LockRelocking.INSTANCE;
    }
}
