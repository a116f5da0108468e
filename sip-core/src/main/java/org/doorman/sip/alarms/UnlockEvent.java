package org.doorman.sip.alarms;

import java.util.List;
import java.util.Objects;

/**
 * A door station's report that it opened (or refused to open) one of its own locks: its card reader,
 * its keypad password, its exit button or a remote command (docs/doors.md, "Unlock events from door
 * stations").
 *
 * @param lock   1 (local relay) or 2 (RS-485)
 * @param method one of {@link #METHODS}
 * @param who    what the door station says opened it (a card number, a room, a user), possibly empty
 * @param reason why it refused, possibly empty; always empty when opened
 */
public record UnlockEvent(int lock, String method, String who, boolean opened, String reason) {
    /** The ways a door station opens its own lock, as the unlock log names them. */
    public static final List<String> METHODS = List.of("card", "password", "button", "remote");

    public UnlockEvent {
        if (lock != 1 && lock != 2) {
            throw new IllegalArgumentException("lock must be 1 or 2, not " + lock);
        }
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method must be one of " + METHODS + ", not " + method);
        }
        who = Objects.requireNonNullElse(who, "");
        reason = opened ? "" : Objects.requireNonNullElse(reason, "");
    }

    /** "card 1A2B", "button": the unlock log's who. */
    public String methodAndWho() {
        return who.isEmpty() ? method : method + " " + who;
    }
}
