package org.doorman.lock.unlock;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.doorman.lock.attendance.store.ClockEventService.Punch;
import org.doorman.lock.people.Person;

/**
 * Keep Door Open for N s (seed 2.11.5) at a door station: after a clock event that {@link KeepDoorOpen}
 * says opens the door, holds lock 1 open for N s through the unlock service, so the responding interval,
 * the lock's state and the unlock log (method ATTENDANCE, who = the person) apply as to any unlock.
 *
 * <p>Threading: thread-safe; never waits for the lock (the future completes on the lock's thread).
 */
public final class AttendanceOpener {
    private final UnlockService unlocks;

    public AttendanceOpener(UnlockService unlocks) {
        this.unlocks = unlocks;
    }

    /**
     * @param vtoNumber the door station the punch was taken at
     * @param how       how the person identified themselves, for the log: "PIN" or "card 1A2B"
     * @return the unlock's result, or empty when the punch opens nothing (setting 0, a repeat, no right to
     *         lock 1, or a door station without lock 1)
     */
    public CompletableFuture<Optional<UnlockResult>> afterPunch(String vtoNumber, Punch punch, String how) {
        Optional<Duration> hold = KeepDoorOpen.holdFor(punch);
        if (hold.isEmpty() || unlocks.door(vtoNumber).flatMap(d -> d.lock(KeepDoorOpen.LOCK)).isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return unlocks.unlockAsync(vtoNumber, KeepDoorOpen.LOCK, UnlockSource.ATTENDANCE, who(punch.person(), how),
                hold.get()).thenApply(Optional::of);
    }

    /** The unlock log's "who" for a person: "user 7 Ann (PIN)". */
    static String who(Person person, String how) {
        return "user " + person.userId() + (person.name().isEmpty() ? "" : " " + person.name()) + " (" + how + ")";
    }
}
