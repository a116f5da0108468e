package org.doorman.lock.door;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import org.doorman.conf.LockConfig;
import org.doorman.lock.driver.SimulatedLockDriver;
import org.doorman.lock.state.LockStatus;
import org.doorman.lock.support.ManualTimers;
import org.doorman.lock.support.MutableClock;
import org.doorman.lock.support.QueuedExecutor;
import org.doorman.lock.support.RecordingAlarms;
import org.doorman.lock.unlock.UnlockOutcome;
import org.junit.jupiter.api.Test;

/** A lock's rules on the simulator, with a hand-moved clock: period, interval, retries, faults, holding. */
class LockControllerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final ManualTimers timers = new ManualTimers(clock);
    private final RecordingAlarms alarms = new RecordingAlarms();
    private final SimulatedLockDriver driver = new SimulatedLockDriver("door 8001 lock 1", false);

    /** Unlock period 3 s, responding interval 5 s, 2 retries (the defaults). */
    private LockController lock(Executor commands) {
        return lock(LockConfig.defaults(), commands);
    }

    private LockController lock(LockConfig config, Executor commands) {
        LockController lock = new LockController("8001", 1, config, driver, commands, timers, clock, alarms);
        lock.start();
        return lock;
    }

    private static LockConfig periods(int period, int interval) {
        return new LockConfig(null, period, interval, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void startDrivesTheLockLocked() {
        LockController lock = lock(Runnable::run);
        assertEquals(LockStatus.LOCKED, lock.status());
        assertEquals(1, driver.lockCount());
        assertFalse(driver.released());
    }

    @Test
    void unlockOpensAndRelocksAfterTheUnlockPeriod() {
        LockController lock = lock(Runnable::run);
        assertEquals(UnlockOutcome.OPENED, lock.unlock().join());
        assertTrue(driver.released());
        assertEquals(LockStatus.UNLOCKED, lock.status());
        timers.advance(Duration.ofMillis(2999));
        assertTrue(driver.released(), "still open just before the period ends");
        timers.advance(Duration.ofMillis(1));
        assertFalse(driver.released());
        assertEquals(LockStatus.LOCKED, lock.status());
    }

    @Test
    void anotherUnlockWithinTheRespondingIntervalIsRefused() {
        LockController lock = lock(Runnable::run);
        lock.unlock().join();
        timers.advance(Duration.ofSeconds(4));
        assertEquals(UnlockOutcome.REFUSED_INTERVAL, lock.unlock().join());
        assertEquals(1, driver.unlockCount());
        timers.advance(Duration.ofSeconds(1));
        assertEquals(UnlockOutcome.OPENED, lock.unlock().join(), "once the interval has passed");
        assertEquals(2, driver.unlockCount());
    }

    @Test
    void anUnlockWhileOpenRestartsTheUnlockPeriod() {
        LockController lock = lock(periods(3, 1), Runnable::run);
        lock.unlock().join();
        timers.advance(Duration.ofSeconds(2));
        assertEquals(UnlockOutcome.OPENED, lock.unlock().join());
        assertEquals(1, driver.unlockCount(), "already released: no second command");
        timers.advance(Duration.ofSeconds(2));
        assertTrue(driver.released(), "4 s after the first unlock, 2 s after the second");
        timers.advance(Duration.ofSeconds(1));
        assertFalse(driver.released());
    }

    @Test
    void anUnlockWhileTheCommandIsUnderWayIsBusy() {
        QueuedExecutor thread = new QueuedExecutor();
        LockController lock = lock(thread);
        assertEquals(UnlockOutcome.REFUSED_BUSY, lock.unlock().join(), "still being driven locked at start");
        thread.runAll();
        var first = lock.unlock();
        assertEquals(LockStatus.UNLOCKING, lock.status());
        assertFalse(first.isDone(), "not reported open before the driver answered");
        assertEquals(UnlockOutcome.REFUSED_BUSY, lock.unlock().join());
        thread.runAll();
        assertEquals(UnlockOutcome.OPENED, first.join());
    }

    @Test
    void aFailingDriverIsRetried() {
        LockController lock = lock(Runnable::run);
        driver.failNext(2);
        assertEquals(UnlockOutcome.OPENED, lock.unlock().join());
        assertTrue(alarms.all().isEmpty());
    }

    @Test
    void anUnlockThatKeepsFailingIsAFaultNeverReportedOpen() {
        LockController lock = lock(Runnable::run);
        driver.failNext(3);
        assertEquals(UnlockOutcome.FAULT, lock.unlock().join());
        assertFalse(driver.released());
        assertEquals(LockStatus.LOCKED, lock.status(), "driven back to locked");
        assertEquals(1, alarms.count(AlarmSink.LOCK_FAULT), alarms.all().toString());
        assertEquals(UnlockOutcome.OPENED, lock.unlock().join(), "a failed unlock does not start the interval");
    }

    @Test
    void aRelockThatKeepsFailingIsAFaultAlarmedOnceAndRetried() {
        LockController lock = lock(Runnable::run);
        lock.unlock().join();
        driver.failNext(6);
        timers.advance(Duration.ofSeconds(3));
        assertEquals(LockStatus.FAULT, lock.status());
        assertEquals(UnlockOutcome.FAULT, lock.unlock().join(), "a lock in fault is not unlocked");
        timers.advance(LockController.FAULT_RETRY);
        assertEquals(LockStatus.FAULT, lock.status(), "the retry failed too");
        assertEquals(1, alarms.count(AlarmSink.LOCK_FAULT), "one alarm per fault");
        timers.advance(LockController.FAULT_RETRY);
        assertEquals(LockStatus.LOCKED, lock.status());
        assertFalse(driver.released());
    }

    @Test
    void aLockHeldForAnOpenDoorRelocksWhenTheDoorCloses() {
        LockController lock = lock(Runnable::run);
        boolean[] doorOpen = {true};
        lock.holdWhile(() -> doorOpen[0]);
        lock.unlock().join();
        timers.advance(Duration.ofSeconds(10));
        assertTrue(driver.released(), "Check Door Signal Before Lock: not relocked while the door stands open");
        assertTrue(lock.view().heldOpen());
        doorOpen[0] = false;
        lock.doorClosed();
        assertFalse(driver.released());
        assertEquals(LockStatus.LOCKED, lock.status());
    }

    @Test
    void aClosingDoorDoesNotRelockBeforeTheUnlockPeriodEnds() {
        LockController lock = lock(Runnable::run);
        lock.holdWhile(() -> false);
        lock.unlock().join();
        lock.doorClosed();
        assertTrue(driver.released());
    }

    @Test
    void stopLocksALockLeftOpen() {
        LockController lock = lock(Runnable::run);
        lock.unlock().join();
        lock.stop();
        assertFalse(driver.released());
    }

    @Test
    void theViewShowsStatusSinceAndLastOpened() {
        LockController lock = lock(Runnable::run);
        lock.unlock().join();
        LockView v = lock.view();
        assertEquals(LockStatus.UNLOCKED, v.status());
        assertEquals(clock.instant(), v.lastOpened());
        assertEquals("simulator", v.driver());
        assertEquals(3, v.unlockPeriodSeconds());
    }

    @Test
    void unlockForHoldsTheLockOpenForTheGivenTimeInsteadOfTheUnlockPeriod() {
        LockController lock = lock(Runnable::run);
        assertEquals(UnlockOutcome.OPENED, lock.unlockFor(Duration.ofSeconds(20)).join());
        timers.advance(Duration.ofSeconds(19));
        assertTrue(driver.released(), "still open after the 3 s unlock period");
        timers.advance(Duration.ofSeconds(1));
        assertFalse(driver.released());
        assertEquals(LockStatus.LOCKED, lock.status());
    }

    @Test
    void unlockForKeepsTheRespondingInterval() {
        LockController lock = lock(Runnable::run);
        lock.unlock().join();
        timers.advance(Duration.ofSeconds(4));
        assertEquals(UnlockOutcome.REFUSED_INTERVAL, lock.unlockFor(Duration.ofSeconds(30)).join());
        timers.advance(Duration.ofSeconds(1));
        assertEquals(UnlockOutcome.OPENED, lock.unlockFor(Duration.ofSeconds(30)).join());
        assertEquals(2, driver.unlockCount());
    }

    @Test
    void unlockForWhileOpenHoldsForTheNewTimeFromNow() {
        LockController lock = lock(periods(3, 1), Runnable::run);
        lock.unlock().join();
        timers.advance(Duration.ofSeconds(2));
        assertEquals(UnlockOutcome.OPENED, lock.unlockFor(Duration.ofSeconds(10)).join());
        timers.advance(Duration.ofSeconds(9));
        assertTrue(driver.released(), "the first unlock's period no longer relocks it");
        timers.advance(Duration.ofSeconds(1));
        assertFalse(driver.released());
    }

    @Test
    void unlockForNothingIsAProgrammingError() {
        LockController lock = lock(Runnable::run);
        assertThrows(IllegalArgumentException.class, () -> lock.unlockFor(Duration.ZERO));
        assertEquals(0, driver.unlockCount());
    }
}
