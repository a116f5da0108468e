package org.doorman.lock.state;

/** The lock command is on its way to the driver. */
public final class LockRelocking implements LockState {
    public static final LockRelocking INSTANCE = new LockRelocking();

    private LockRelocking() {
    }

    @Override
    public LockStatus status() {
        return LockStatus.RELOCKING;
    }

    @Override
    public LockState commandSucceeded() {
        return Locked.INSTANCE;
    }

    @Override
    public LockState commandFailed() {
        return LockFault.INSTANCE;
    }
}
