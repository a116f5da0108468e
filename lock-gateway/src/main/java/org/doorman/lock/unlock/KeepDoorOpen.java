package org.doorman.lock.unlock;

import java.time.Duration;
import java.util.Optional;
import org.doorman.lock.attendance.store.ClockEvent;
import org.doorman.lock.attendance.store.ClockEventService.Punch;

/**
 * Whether a clock event at a door opens it, and for how long (seed 2.11.5, Keep Door Open for (sec): "the
 * door is held open for a defined time after you successfully clock in/out"). Only an accepted punch
 * opens (a repeat within the recheck interval is not a successful clock event; a refused one never gets
 * here), only when the setting is above 0, and only for a person with the right to the lock: the clock
 * event proves who they are, not that they may enter.
 */
public final class KeepDoorOpen {
    /** The lock a clock event opens: the door station's own relay, the door people clock at. */
    public static final int LOCK = 1;

    private KeepDoorOpen() {
    }

    /** @return how long to hold lock 1 open, or empty when this punch opens nothing */
    public static Optional<Duration> holdFor(Punch punch) {
        if (punch.keepDoorOpenSeconds() <= 0 || punch.event().result() != ClockEvent.Result.ACCEPTED
                || !punch.person().lock1()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(punch.keepDoorOpenSeconds()));
    }
}
