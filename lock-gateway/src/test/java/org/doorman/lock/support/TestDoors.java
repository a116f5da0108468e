package org.doorman.lock.support;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorman.conf.ConfigLoader;
import org.doorman.conf.DoormanConfig;
import org.doorman.lock.door.DoorGateway;
import org.doorman.lock.driver.LockDrivers;
import org.doorman.lock.driver.SimulatedLockDriver;
import org.doorman.lock.log.UnlockLog;
import org.doorman.lock.unlock.UnlockService;

/**
 * Door control on the simulator for tests: doors from --set style keys, driver commands on the test's
 * thread, timers moved by hand, a real H2 unlock log.
 */
public final class TestDoors implements AutoCloseable {
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    public final ManualTimers timers = new ManualTimers(clock);
    public final RecordingAlarms alarms = new RecordingAlarms();
    public final List<String> events = new ArrayList<>();
    public final DoormanConfig config;
    public final TestDb db;
    public final DoorGateway gateway;
    public final UnlockLog log;
    public final UnlockService unlocks;

    public TestDoors(Path dir, String... keys) {
        config = new ConfigLoader().load(null, List.of(keys));
        db = new TestDb(dir);
        gateway = new DoorGateway(config.doors(), new LockDrivers(), timers, name -> Runnable::run, clock, alarms,
                (door, status, at) -> events.add(door + " " + status));
        gateway.start();
        log = new UnlockLog(db.jdbc, config.logs().unlockCapacity());
        unlocks = new UnlockService(gateway, log, clock);
    }

    /** The simulated driver of a lock. */
    public SimulatedLockDriver simulator(String vto, int lock) {
        return (SimulatedLockDriver) gateway.door(vto).orElseThrow().lock(lock).orElseThrow().driver();
    }

    @Override
    public void close() {
        gateway.close();
        db.close();
    }
}
