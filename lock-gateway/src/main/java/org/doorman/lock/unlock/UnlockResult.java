package org.doorman.lock.unlock;

import java.time.Instant;
import java.util.Objects;

/**
 * One unlock request and how it ended, as the unlock log keeps it.
 *
 * @param lock   1 or 2; 0 when the request was refused before a lock was chosen (unknown or lost card,
 *               no right to any lock of the door)
 * @param who    the other party's number (DTMF), "user 7 Ann (card 1A2B)" or "card 1A2B" (CARD), the
 *               operator or API client's name
 * @param detail a sentence for people when refused or faulty, empty when opened
 */
public record UnlockResult(Instant at, String door, int lock, UnlockSource source, String who, UnlockOutcome outcome,
                           String detail) {
    public static final int MAX_WHO = 64;

    public UnlockResult {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
        who = who == null ? "" : who.length() > MAX_WHO ? who.substring(0, MAX_WHO) : who;
        detail = detail == null ? "" : detail;
    }

    public boolean opened() {
        return outcome.opened();
    }
}
