package org.doorman.lock.state;

/** Locked and idle, the only state an unlock starts from. */
public final class Locked implements LockState {
    public static final Locked INSTANCE = new Locked();

    private Locked() {
    }

    @Override
    public LockStatus status() {
        return LockStatus.LOCKED;
    }

    @Override
    public LockState unlock() {
        return Unlocking.INSTANCE;
    }
}
