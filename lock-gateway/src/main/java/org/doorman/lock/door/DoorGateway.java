package org.doorman.lock.door;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.doorman.conf.DoorConfig;
import org.doorman.conf.LockConfig;
import org.doorman.lock.driver.DoorContact;
import org.doorman.lock.driver.LockDriver;
import org.doorman.lock.driver.LockDrivers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The doors of the building: one {@link Door} per door station named under doors.*, its locks driven
 * to locked at start and its contact read. A door station not named there has no door here.
 */
public final class DoorGateway implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DoorGateway.class);
    private final Map<String, Door> doors = new LinkedHashMap<>();
    private final LockDrivers drivers;
    private final List<AutoCloseable> owned = new ArrayList<>();

    /**
     * @param lockThread the executor each lock's driver commands run on, by "VTO/N", and each door contact's
     *                   readings, by "VTO/sensor"; a single thread each in the server, the calling thread in
     *                   unit tests
     */
    public DoorGateway(Map<String, DoorConfig> config, LockDrivers drivers, Timers timers,
                       Function<String, Executor> lockThread, Clock clock, AlarmSink alarms, DoorEvents events) {
        this.drivers = drivers;
        for (Map.Entry<String, DoorConfig> e : new TreeMap<>(config).entrySet()) {
            String vto = e.getKey();
            DoorConfig c = e.getValue();
            LockController[] locks = new LockController[3];
            LockDriver lock1Driver = null;
            for (int n = 1; n <= 2; n++) {
                Optional<LockDriver> driver = drivers.lock(vto, n, c.lock(n), c.sensor());
                if (driver.isPresent()) {
                    locks[n] = new LockController(vto, n, c.lock(n), driver.get(), lockThread.apply(vto + "/" + n),
                            timers, clock, alarms);
                    lock1Driver = n == 1 ? driver.get() : lock1Driver;
                    if (LockConfig.SIMULATOR.equals(c.lock(n).driver())) {
                        log.info("door {} lock {} is simulated: no real lock opens (set doors.{}.lock{}.driver)", vto, n, vto, n);
                    }
                }
            }
            List<LockController> present = new ArrayList<>();
            for (int n = 1; n <= 2; n++) {
                if (locks[n] != null) {
                    present.add(locks[n]);
                }
            }
            Optional<DoorContact> contact = drivers.contact(c.lock1(), lock1Driver, c.sensor());
            DoorSensorMonitor sensor = contact.map(k -> new DoorSensorMonitor(vto, c.sensor(), k,
                    lockThread.apply(vto + "/sensor"), timers, clock, alarms, events,
                    () -> present.forEach(LockController::doorClosed))).orElse(null);
            doors.put(vto, new Door(vto, c, locks[1], locks[2], sensor));
        }
    }

    /** The server's gateway: real timers, one thread per lock, the configured drivers. Not started yet. */
    public static DoorGateway create(Map<String, DoorConfig> config, Clock clock, AlarmSink alarms, DoorEvents events) {
        ScheduledTimers timers = new ScheduledTimers();
        List<ExecutorService> threads = new ArrayList<>();
        DoorGateway gateway = new DoorGateway(config, new LockDrivers(), timers, name -> {
            ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "lock-" + name);
                t.setDaemon(true);
                return t;
            });
            threads.add(thread);
            return thread;
        }, clock, alarms, events);
        gateway.owned.add(timers);
        threads.forEach(t -> gateway.owned.add(t::shutdownNow));
        return gateway;
    }

    /** Drives every lock to locked and starts reading the contacts. */
    public void start() {
        doors.values().forEach(Door::start);
        log.info("{} door stations with door control: {}", doors.size(), doors.keySet());
    }

    /**
     * Waits, at most this long, for the commands sent at start to finish, so the first unlock after start
     * is not refused as busy. A lock whose device does not answer is left to its retries.
     */
    public void awaitSettled(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        for (Door door : doors.values()) {
            for (LockController lock : door.locks()) {
                try {
                    lock.settled().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    log.warn("door {} lock {} not yet locked after {} s: its driver is slow to answer", door.vto(),
                            lock.number(), atMost.toSeconds());
                } catch (ExecutionException e) {
                    log.warn("door {} lock {}: {}", door.vto(), lock.number(), e.getCause().toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public Optional<Door> door(String vto) {
        return Optional.ofNullable(vto == null ? null : doors.get(vto));
    }

    public List<Door> doors() {
        return List.copyOf(doors.values());
    }

    public List<DoorView> views() {
        return doors.values().stream().map(Door::view).toList();
    }

    /** Locks any lock still open, stops the contacts, timers and lock threads, closes the drivers. */
    @Override
    public void close() {
        doors.values().forEach(Door::stop);
        for (AutoCloseable c : owned) {
            try {
                c.close();
            } catch (Exception e) {
                log.debug("closing door gateway: {}", e.toString());
            }
        }
        drivers.close();
    }
}
