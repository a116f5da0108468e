package org.doorman.lock.door;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorman.conf.DoorConfig;
import org.doorman.lock.driver.SimulatedLockDriver;
import org.doorman.lock.state.DoorStatus;

/** One door station's door: its locks (1 local, 2 RS-485, either may be absent) and its contact, if read. */
public final class Door {
    private final String vto;
    private final DoorConfig config;
    private final LockController lock1;
    private final LockController lock2;
    private final DoorSensorMonitor sensor;

    /** @param lock1 null when absent; likewise lock2 and sensor */
    public Door(String vto, DoorConfig config, LockController lock1, LockController lock2, DoorSensorMonitor sensor) {
        this.vto = vto;
        this.config = config;
        this.lock1 = lock1;
        this.lock2 = lock2;
        this.sensor = sensor;
        if (sensor != null && config.sensor().checkDoorSignalBeforeLock()) {
            locks().forEach(l -> l.holdWhile(sensor::open));
        }
        if (sensor != null) {
            // Two readings' worth of grace after a relock: a door pushed open just before it is not forced.
            Duration settle = Duration.ofMillis(2L * config.sensor().pollIntervalMs());
            sensor.forcedWhen(() -> locks().stream().allMatch(l -> l.lockedLongerThan(settle)));
        }
    }

    public String vto() {
        return vto;
    }

    public DoorConfig config() {
        return config;
    }

    /** Lock 1 or 2, if the door station has it. */
    public Optional<LockController> lock(int number) {
        return Optional.ofNullable(number == 1 ? lock1 : number == 2 ? lock2 : null);
    }

    public List<LockController> locks() {
        List<LockController> all = new ArrayList<>(2);
        if (lock1 != null) {
            all.add(lock1);
        }
        if (lock2 != null) {
            all.add(lock2);
        }
        return all;
    }

    public Optional<DoorSensorMonitor> sensor() {
        return Optional.ofNullable(sensor);
    }

    /** Lock 1's simulator, whose door tests and the API can open; empty for real drivers. */
    public Optional<SimulatedLockDriver> simulator() {
        return lock1 != null && lock1.driver() instanceof SimulatedLockDriver s ? Optional.of(s) : Optional.empty();
    }

    void start() {
        locks().forEach(LockController::start);
        if (sensor != null) {
            sensor.start();
        }
    }

    void stop() {
        if (sensor != null) {
            sensor.stop();
        }
        locks().forEach(LockController::stop);
    }

    public DoorView view() {
        return new DoorView(vto, sensor != null, sensor == null ? DoorStatus.UNKNOWN : sensor.status(),
                sensor == null ? null : sensor.since(), simulator().isPresent(),
                locks().stream().map(LockController::view).toList());
    }
}
