package org.doorman.lock.state;

/**
 * A lock's state (DESIGN rule 3: one class per state). Each event returns the next state; an event the
 * state does not take throws IllegalStateException. The lifecycle:
 * <pre>
 * Starting --relock--> Relocking --succeeded--> Locked --unlock--> Unlocking --succeeded--> Unlocked
 * Unlocked --unlock--> Unlocked (the unlock period starts again)    Unlocked --relock--> Relocking
 * Unlocking --failed--> Relocking (never report open; make sure it is locked)
 * Relocking --failed--> Fault --relock--> Relocking (the fault is retried)
 * </pre>
 * "succeeded"/"failed" are the outcome of the driver command, after its retries.
 */
public interface LockState {

    LockStatus status();

    /** An unlock was accepted. */
    default LockState unlock() {
        throw illegal("unlock");
    }

    /** The lock should be locked: at start, after the unlock period, or to retry a fault. */
    default LockState relock() {
        throw illegal("relock");
    }

    /** The driver command in progress went through. */
    default LockState commandSucceeded() {
        throw illegal("commandSucceeded");
    }

    /** The driver command in progress failed, retries included. */
    default LockState commandFailed() {
        throw illegal("commandFailed");
    }

    private IllegalStateException illegal(String event) {
        return new IllegalStateException("a lock that is " + status() + " cannot take " + event);
    }
}
