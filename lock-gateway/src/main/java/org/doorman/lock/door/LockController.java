package org.doorman.lock.door;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.doorman.conf.LockConfig;
import org.doorman.lock.driver.DriverException;
import org.doorman.lock.driver.LockDriver;
import org.doorman.lock.state.LockStarting;
import org.doorman.lock.state.LockState;
import org.doorman.lock.state.LockStatus;
import org.doorman.lock.unlock.UnlockOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lock of a door station: keeps its state machine, its unlock period and responding interval, and
 * runs driver commands on the lock's own thread (the {@code commands} executor) so a slow relay never
 * holds up the caller. Driver failures are retried {@code retries} times; a failed unlock is reported
 * FAULT and the lock driven back to locked; a failed relock is a fault, alarmed once and retried every
 * {@link #FAULT_RETRY}.
 */
public final class LockController {
    static final Duration FAULT_RETRY = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(LockController.class);

    private final String door;
    private final int number;
    private final LockConfig config;
    private final LockDriver driver;
    private final Executor commands;
    private final Timers timers;
    private final Clock clock;
    private final AlarmSink alarms;
    private volatile BooleanSupplier doorStandsOpen = () -> false;

    private LockState state = LockStarting.INSTANCE;
    private Instant since;
    private Instant lastOpened;
    private Timers.Cancellable relockTimer;
    private boolean heldOpen;
    private boolean faultAlarmed;
    private Instant openedByStation;

    public LockController(String door, int number, LockConfig config, LockDriver driver, Executor commands,
                          Timers timers, Clock clock, AlarmSink alarms) {
        this.door = door;
        this.number = number;
        this.config = config;
        this.driver = driver;
        this.commands = commands;
        this.timers = timers;
        this.clock = clock;
        this.alarms = alarms;
        this.since = clock.instant();
    }

    /** Check Door Signal Before Lock: while this says the door is open, the lock is not relocked. */
    void holdWhile(BooleanSupplier doorStandsOpen) {
        this.doorStandsOpen = doorStandsOpen;
    }

    /** Drives the lock to locked, whatever it was before the server started. */
    public void start() {
        synchronized (this) {
            move(state.relock());
        }
        commands.execute(this::runRelock);
    }

    /**
     * Asks the lock to open. Never blocks on the driver: the future completes on the lock's thread once
     * the driver has confirmed (OPENED) or failed (FAULT), or at once for a refusal.
     */
    public CompletableFuture<UnlockOutcome> unlock() {
        return unlockFor(Duration.ofSeconds(config.unlockPeriod()));
    }

    /**
     * {@link #unlock} held open for {@code hold} instead of the unlock period (attendance's Keep Door Open
     * for N s). The responding interval, busy and fault rules are the same; the lock relocks once
     * {@code hold} has passed (or later, while the door stands open and the door signal is checked).
     */
    public CompletableFuture<UnlockOutcome> unlockFor(Duration hold) {
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("an unlock must hold the lock open for more than 0 s, got " + hold);
        }
        CompletableFuture<UnlockOutcome> result = new CompletableFuture<>();
        synchronized (this) {
            Instant now = clock.instant();
            LockStatus status = state.status();
            if (status == LockStatus.FAULT) {
                return CompletableFuture.completedFuture(UnlockOutcome.FAULT);
            }
            if (lastOpened != null && now.isBefore(lastOpened.plusSeconds(config.unlockRespondingInterval()))) {
                return CompletableFuture.completedFuture(UnlockOutcome.REFUSED_INTERVAL);
            }
            if (status != LockStatus.LOCKED && status != LockStatus.UNLOCKED) {
                return CompletableFuture.completedFuture(UnlockOutcome.REFUSED_BUSY);
            }
            move(state.unlock());
            if (status == LockStatus.UNLOCKED) {
                lastOpened = now;
                heldOpen = false;
                scheduleRelock(hold);
                return CompletableFuture.completedFuture(UnlockOutcome.OPENED);
            }
        }
        commands.execute(() -> runUnlock(result, hold));
        return result;
    }

    private void runUnlock(CompletableFuture<UnlockOutcome> result, Duration hold) {
        DriverException failure = attempt(true);
        synchronized (this) {
            if (failure == null) {
                move(state.commandSucceeded());
                lastOpened = clock.instant();
                scheduleRelock(hold);
            } else {
                move(state.commandFailed());
            }
        }
        if (failure == null) {
            result.complete(UnlockOutcome.OPENED);
            return;
        }
        alarms.record(door, AlarmSink.LOCK_FAULT, "lock " + number + " did not open after " + attempts()
                + " attempts: " + failure.getMessage());
        result.complete(UnlockOutcome.FAULT);
        runRelock();
    }

    private void runRelock() {
        DriverException failure = attempt(false);
        boolean alarm = false;
        synchronized (this) {
            move(failure == null ? state.commandSucceeded() : state.commandFailed());
            if (failure == null) {
                if (faultAlarmed) {
                    log.info("door {} lock {}: locked again, fault cleared", door, number);
                }
                faultAlarmed = false;
            } else {
                alarm = !faultAlarmed;
                faultAlarmed = true;
                timers.after(FAULT_RETRY, this::retryFault);
            }
        }
        if (alarm) {
            alarms.record(door, AlarmSink.LOCK_FAULT, "lock " + number + " could not be locked after " + attempts()
                    + " attempts (retried every " + FAULT_RETRY.toSeconds() + " s): " + failure.getMessage());
        }
    }

    private void retryFault() {
        synchronized (this) {
            if (state.status() != LockStatus.FAULT) {
                return;
            }
            move(state.relock());
        }
        commands.execute(this::runRelock);
    }

    /** The unlock period is over: relock, unless the door stands open and the door signal is checked. */
    private void periodElapsed() {
        synchronized (this) {
            relockTimer = null;
            if (state.status() != LockStatus.UNLOCKED) {
                return;
            }
            if (doorStandsOpen.getAsBoolean()) {
                heldOpen = true;
                log.info("door {} lock {}: door open, relock waits for it to close", door, number);
                return;
            }
            heldOpen = false;
            move(state.relock());
        }
        commands.execute(this::runRelock);
    }

    /** The door contact says closed: a lock held open for it relocks now. */
    void doorClosed() {
        boolean relock;
        synchronized (this) {
            relock = heldOpen && relockTimer == null && state.status() == LockStatus.UNLOCKED;
        }
        if (relock) {
            periodElapsed();
        }
    }

    private void scheduleRelock(Duration hold) {
        if (relockTimer != null) {
            relockTimer.cancel();
        }
        relockTimer = timers.after(hold, this::periodElapsed);
    }

    private DriverException attempt(boolean open) {
        DriverException last = null;
        for (int i = 0; i < attempts(); i++) {
            try {
                if (open) {
                    driver.unlock();
                } else {
                    driver.lock();
                }
                return null;
            } catch (DriverException e) {
                last = e;
                log.warn("door {} lock {}: {} attempt {} of {} failed: {}", door, number, open ? "unlock" : "lock",
                        i + 1, attempts(), e.getMessage());
            } catch (RuntimeException e) {
                last = new DriverException(e.toString(), e);
                log.warn("door {} lock {}: driver error", door, number, e);
            }
        }
        return last;
    }

    private int attempts() {
        return config.retries() + 1;
    }

    private void move(LockState next) {
        if (next != state) {
            since = clock.instant();
        }
        state = next;
    }

    /**
     * At shutdown: a lock left open is locked now (one attempt, on the caller's thread) rather than
     * waiting for a timer that will not run.
     */
    public void stop() {
        boolean open;
        synchronized (this) {
            if (relockTimer != null) {
                relockTimer.cancel();
            }
            open = state.status() == LockStatus.UNLOCKED || state.status() == LockStatus.UNLOCKING;
        }
        if (open) {
            try {
                driver.lock();
            } catch (DriverException | RuntimeException e) {
                log.warn("door {} lock {}: could not lock at shutdown: {}", door, number, e.getMessage());
            }
        }
        driver.close();
    }

    /** The status once the commands queued so far on the lock's thread have run (e.g. the lock at start). */
    public CompletableFuture<LockStatus> settled() {
        return CompletableFuture.supplyAsync(this::status, commands);
    }

    /**
     * Whether the lock has been locked for longer than {@code settle}: not opening, open, held open or
     * relocking, not relocked so recently that a door let open just before could still be reading open, and
     * not opened by the door station itself within its unlock period.
     */
    public synchronized boolean lockedLongerThan(Duration settle) {
        Instant now = clock.instant();
        boolean stationPeriod = openedByStation != null
                && now.isBefore(openedByStation.plusSeconds(config.unlockPeriod()).plus(settle));
        return state.status() == LockStatus.LOCKED && !now.isBefore(since.plus(settle)) && !stationPeriod;
    }

    /**
     * The door station reported it opened this lock itself (its own relay, not through this driver): for
     * the unlock period (and the settle time after it) a door opening is not taken for a forced one.
     */
    public synchronized void openedByDoorStation() {
        openedByStation = clock.instant();
    }

    public synchronized LockStatus status() {
        return state.status();
    }

    public synchronized LockView view() {
        return new LockView(number, driver.kind(), driver.description(), state.status(), since, lastOpened, heldOpen,
                config.unlockPeriod(), config.unlockRespondingInterval());
    }

    public int number() {
        return number;
    }

    public LockDriver driver() {
        return driver;
    }
}
