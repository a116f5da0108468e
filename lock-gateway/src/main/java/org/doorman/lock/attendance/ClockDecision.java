package org.doorman.lock.attendance;

import java.util.Objects;

/**
 * The answer to one clock event.
 *
 * @param status the recorded status when {@link Outcome#ACCEPTED}, otherwise {@code null}
 */
public record ClockDecision(Outcome outcome, ClockStatus status) {

    /** Whether the clock event is recorded. */
    public enum Outcome {
        ACCEPTED,
        /** Same person again within the recheck interval: the device says "repeat" and records nothing. */
        REPEAT,
        /** Forced mode and no status chosen: nothing is recorded until the person chooses one. */
        STATUS_REQUIRED
    }

    public static final ClockDecision REPEAT = new ClockDecision(Outcome.REPEAT, null);
    public static final ClockDecision STATUS_REQUIRED = new ClockDecision(Outcome.STATUS_REQUIRED, null);

    public ClockDecision {
        Objects.requireNonNull(outcome, "outcome is required");
        if ((outcome == Outcome.ACCEPTED) != (status != null)) {
            throw new IllegalArgumentException("an accepted clock event has a status and any other has none;"
                    + " got " + outcome + " with status " + status);
        }
    }

    public static ClockDecision accepted(ClockStatus status) {
        return new ClockDecision(Outcome.ACCEPTED, Objects.requireNonNull(status, "status is required"));
    }

    public boolean isAccepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
