package org.doorman.lock.driver;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default lock (DESIGN rule 8, like Peers' DummySoundManager): it logs each command and
 * remembers whether it is released, and it carries a simulated door whose contact tests and the
 * management API can open and close. Tests can make the next commands fail to exercise retries and faults.
 */
public final class SimulatedLockDriver implements LockDriver, DoorContact {
    private static final Logger log = LoggerFactory.getLogger(SimulatedLockDriver.class);
    private final String name;
    private final boolean closedContactMeansOpen;
    private final AtomicInteger failuresToCome = new AtomicInteger();
    private final AtomicInteger unlocks = new AtomicInteger();
    private final AtomicInteger locks = new AtomicInteger();
    private volatile boolean released;
    private volatile boolean doorOpen;
    private volatile Consumer<Boolean> observer = released -> { };

    /**
     * @param name                   e.g. "door 8001 lock 1", for the log
     * @param closedContactMeansOpen the simulated contact's type: true for NO (closes when the door opens)
     */
    public SimulatedLockDriver(String name, boolean closedContactMeansOpen) {
        this.name = Objects.requireNonNull(name);
        this.closedContactMeansOpen = closedContactMeansOpen;
    }

    @Override
    public void unlock() throws DriverException {
        command(true);
    }

    @Override
    public void lock() throws DriverException {
        command(false);
    }

    private void command(boolean release) throws DriverException {
        if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            log.info("{} (simulated): {} fails, as the test asked", name, release ? "unlock" : "lock");
            throw new DriverException("simulated failure");
        }
        released = release;
        (release ? unlocks : locks).incrementAndGet();
        observer.accept(release);
        log.info("{} (simulated): {}", name, release ? "unlocked" : "locked");
    }

    @Override
    public boolean contactClosed() {
        return doorOpen == closedContactMeansOpen;
    }

    /** Opens or closes the simulated door; the door sensor sees it on its next reading. */
    public void setDoorOpen(boolean open) {
        doorOpen = open;
        log.info("{} (simulated): door {}", name, open ? "opened" : "closed");
    }

    public boolean doorOpen() {
        return doorOpen;
    }

    /** Makes the next n commands fail, as a device that does not answer would. */
    public void failNext(int n) {
        failuresToCome.set(n);
    }

    /** Called on the lock's thread with true after each unlock and false after each lock; for tests and benchmarks. */
    public void observe(Consumer<Boolean> observer) {
        this.observer = Objects.requireNonNull(observer);
    }

    public boolean released() {
        return released;
    }

    public int unlockCount() {
        return unlocks.get();
    }

    public int lockCount() {
        return locks.get();
    }

    @Override
    public String kind() {
        return "simulator";
    }

    @Override
    public String description() {
        return "simulator (no real lock opens)";
    }
}
