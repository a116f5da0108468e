package org.doorman.lock.unlock;

/** How an unlock request ended. Only OPENED means the lock was released. */
public enum UnlockOutcome {
    /** The driver confirmed the lock is released (or it already was, and its unlock period starts again). */
    OPENED,
    /** Within the lock's unlock responding interval since the last unlock (seed 4.3.1). */
    REFUSED_INTERVAL,
    /** The lock is starting, being locked or unlocked by another request: try again in a moment. */
    REFUSED_BUSY,
    /** No such door station in doors.*, or it has no such lock (driver: none). */
    REFUSED_NO_DOOR,
    /** The card's owner has no right to this lock (people's lock1/lock2). */
    REFUSED_NO_RIGHT,
    /** No one has this card. */
    REFUSED_UNKNOWN_CARD,
    /** The card is reported lost (seed 5.3). */
    REFUSED_LOST_CARD,
    /** The door station refused to open its own lock (e.g. a wrong password) and reported it. */
    REFUSED_AT_DOOR_STATION,
    /** The driver failed, retries included, or the lock is in fault: it did not open. An alarm was raised. */
    FAULT;

    public boolean opened() {
        return this == OPENED;
    }
}
