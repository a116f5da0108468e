package org.doorman.lock.unlock;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.doorman.lock.door.Door;
import org.doorman.lock.door.DoorGateway;
import org.doorman.lock.door.LockController;
import org.doorman.lock.log.UnlockLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a door station's lock for whoever asks (DTMF, card, operator, API, device), applying the lock's
 * rules (responding interval, busy, fault), and logs every request with its result.
 *
 * <p>Threading: thread-safe. {@link #unlockAsync} never blocks: its future completes on the lock's own
 * thread once the driver has answered, or at once for a refusal. {@link #unlock} waits for it (at most the
 * driver's timeout times its attempts). The result is in the unlock log before the future completes.
 */
public final class UnlockService {
    private static final Logger log = LoggerFactory.getLogger(UnlockService.class);
    private final DoorGateway doors;
    private final UnlockLog unlockLog;
    private final Clock clock;

    public UnlockService(DoorGateway doors, UnlockLog unlockLog, Clock clock) {
        this.doors = doors;
        this.unlockLog = unlockLog;
        this.clock = clock;
    }

    /**
     * Opens lock 1 or 2 of a door station.
     *
     * @param vtoNumber the door station, e.g. "8001"
     * @param lock      1 (local relay) or 2 (RS-485)
     * @param who       the other party's number, the operator, the card holder: kept in the log
     * @return OPENED only when the driver confirmed; REFUSED_NO_DOOR for a door station or lock not in
     *         doors.*; REFUSED_INTERVAL, REFUSED_BUSY or FAULT from the lock
     */
    public CompletableFuture<UnlockResult> unlockAsync(String vtoNumber, int lock, UnlockSource source, String who) {
        return unlockAsync(vtoNumber, lock, source, who, null);
    }

    /**
     * {@link #unlockAsync(String, int, UnlockSource, String)} holding the lock open for {@code hold} instead of
     * its unlock period (attendance's Keep Door Open); {@code null} for the unlock period.
     */
    public CompletableFuture<UnlockResult> unlockAsync(String vtoNumber, int lock, UnlockSource source, String who,
                                                       Duration hold) {
        Optional<LockController> controller = doors.door(vtoNumber).flatMap(d -> d.lock(lock));
        if (controller.isEmpty()) {
            String detail = doors.door(vtoNumber).isEmpty()
                    ? "door station " + vtoNumber + " has no door control (configure doors." + vtoNumber + ")"
                    : "door station " + vtoNumber + " has no lock " + lock;
            return CompletableFuture.completedFuture(refuse(vtoNumber, lock, source, who, UnlockOutcome.REFUSED_NO_DOOR, detail));
        }
        CompletableFuture<UnlockOutcome> opened = hold == null ? controller.get().unlock()
                : controller.get().unlockFor(hold);
        return opened.thenApply(outcome -> logged(new UnlockResult(clock.instant(), vtoNumber, lock,
                source, who, outcome, detail(outcome, controller.get()))));
    }

    /** {@link #unlockAsync} and wait for the answer. */
    public UnlockResult unlock(String vtoNumber, int lock, UnlockSource source, String who) {
        return unlockAsync(vtoNumber, lock, source, who).join();
    }

    /** Logs and returns a request refused before it reached a lock (unknown door, card or right). */
    public UnlockResult refuse(String vtoNumber, int lock, UnlockSource source, String who, UnlockOutcome outcome,
                               String detail) {
        return logged(new UnlockResult(clock.instant(), String.valueOf(vtoNumber), lock, source, who, outcome, detail));
    }

    /**
     * Logs a door station's report of its own unlock (source DOOR_STATION). An opening also tells the lock,
     * if doorman drives it, so the door opening now is not taken for a forced one.
     *
     * @param who    what opened it, e.g. "card 1A2B", "button"
     * @param reason why the door station refused, when it did
     */
    public UnlockResult reported(String vtoNumber, int lock, String who, boolean opened, String reason) {
        if (opened) {
            doors.door(vtoNumber).flatMap(d -> d.lock(lock)).ifPresent(LockController::openedByDoorStation);
        }
        UnlockOutcome outcome = opened ? UnlockOutcome.OPENED : UnlockOutcome.REFUSED_AT_DOOR_STATION;
        String detail = opened ? "" : reason == null || reason.isBlank() ? "refused at the door station" : reason;
        return logged(new UnlockResult(clock.instant(), vtoNumber, lock, UnlockSource.DOOR_STATION, who, outcome,
                detail));
    }

    public Optional<Door> door(String vtoNumber) {
        return doors.door(vtoNumber);
    }

    private static String detail(UnlockOutcome outcome, LockController lock) {
        var v = lock.view();
        return switch (outcome) {
            case OPENED -> "";
            case REFUSED_INTERVAL -> "opened less than " + v.respondingIntervalSeconds()
                    + " s ago, the unlock responding interval";
            case REFUSED_BUSY -> "the lock is " + v.status().name().toLowerCase(Locale.ROOT) + ": try again in a moment";
            case FAULT -> "the lock does not answer (" + v.description() + "): see the lock-fault alarm";
            default -> outcome.name();
        };
    }

    private UnlockResult logged(UnlockResult r) {
        try {
            unlockLog.add(r);
        } catch (RuntimeException e) {
            log.warn("unlock log: could not store {}: {}", r, e.getMessage());
        }
        if (r.opened()) {
            log.info("door {} lock {} opened ({} {})", r.door(), r.lock(), r.source(), r.who());
        } else {
            log.info("door {} lock {} not opened: {} ({} {}) {}", r.door(), r.lock(), r.outcome(), r.source(), r.who(),
                    r.detail());
        }
        return r;
    }
}
