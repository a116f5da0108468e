package org.doorman.lock.state;

/** The unlock command is on its way to the driver; the door is not reported open until it went through. */
public final class Unlocking implements LockState {
    public static final Unlocking INSTANCE = new Unlocking();

    private Unlocking() {
    }

    @Override
    public LockStatus status() {
        return LockStatus.UNLOCKING;
    }

    @Override
    public LockState commandSucceeded() {
        return Unlocked.INSTANCE;
    }

    /** The command failed: the lock may be in any position, so it is driven back to locked. */
    @Override
    public LockState commandFailed() {
        return LockRelocking.INSTANCE;
    }
}
