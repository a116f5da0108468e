package org.doorman.lock.attendance.keypad;

import java.time.Clock;
import java.time.Instant;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.store.ClockEventService;
import org.doorman.lock.attendance.store.ClockEventService.Punch;
import org.doorman.lock.door.AlarmSink;

/**
 * PIN punches from door station keypads, guarded against guessing: a user ID locked by {@link PinLockout}
 * is refused before its PIN is checked, each wrong PIN counts, and the wrong PIN that locks raises one
 * {@link AlarmSink#PIN_LOCKOUT} alarm at that door station (the alarm log, and the centre). A punch that
 * is stored goes on to {@code afterPunch} (Keep Door Open).
 *
 * <p>Threading: thread-safe; one lock around the counting, the punch runs outside it.
 */
public final class GuardedPinPunch implements KeypadPunch.Puncher {
    private final ClockEventService punches;
    private final PinLockout lockout;
    private final AlarmSink alarms;
    private final Clock clock;
    private final AfterPunch afterPunch;

    /** What to do with a stored punch at a door station, e.g. hold the door open. */
    @FunctionalInterface
    public interface AfterPunch {
        void accept(String vto, Punch punch);
    }

    public GuardedPinPunch(ClockEventService punches, PinLockout lockout, AlarmSink alarms, Clock clock,
                           AfterPunch afterPunch) {
        this.punches = punches;
        this.lockout = lockout;
        this.alarms = alarms;
        this.clock = clock;
        this.afterPunch = afterPunch;
    }

    @Override
    public void punchPin(int userId, String pin, String device) {
        Instant until;
        synchronized (lockout) {
            until = lockout.lockedUntil(userId, clock.instant());
        }
        if (until != null) {
            throw new RefusedException(RefusedException.Reason.FORBIDDEN, "pin", "PIN punches of user " + userId
                    + " are refused until " + until + " after " + lockout.maxWrong() + " wrong PINs in a row");
        }
        Punch punch;
        try {
            punch = punches.punchPin(userId, pin, device, null);
        } catch (RefusedException e) {
            if (isWrongPin(e)) {
                countWrong(userId, device);
            }
            throw e;
        }
        synchronized (lockout) {
            lockout.right(userId);
        }
        afterPunch.accept(device, punch);
    }

    private static boolean isWrongPin(RefusedException e) {
        return e.reason() == RefusedException.Reason.FORBIDDEN && "pin".equals(e.field());
    }

    private void countWrong(int userId, String device) {
        boolean locked;
        synchronized (lockout) {
            locked = lockout.wrong(userId, clock.instant());
        }
        if (locked) {
            alarms.record(device, AlarmSink.PIN_LOCKOUT, "user " + userId + ": " + lockout.maxWrong()
                    + " wrong PINs in a row, the last at " + device + "; PIN punches of user " + userId
                    + " refused for " + lockout.lockFor().toMinutes() + " min");
        }
    }
}
