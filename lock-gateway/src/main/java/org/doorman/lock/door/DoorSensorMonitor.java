package org.doorman.lock.door;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.doorman.conf.SensorConfig;
import org.doorman.lock.driver.DoorContact;
import org.doorman.lock.driver.DriverException;
import org.doorman.lock.state.DoorState;
import org.doorman.lock.state.DoorStatus;
import org.doorman.lock.state.DoorUnknown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a door's contact every poll interval, on its own thread (a contact that does not answer must not
 * hold up the timers other doors relock by), and keeps the door's state machine: each change goes to
 * {@link DoorEvents}; a door open longer than the Door Sensor Check Duration raises an alarm; a door that
 * closes releases locks held open by Check Door Signal Before Lock; a door that opens while
 * {@link #forcedWhen} says every lock is shut was forced, and is alarmed at once. Contact read failures
 * are alarmed once after {@link #FAILURES_BEFORE_ALARM} in a row, and the door keeps its last known state.
 */
public final class DoorSensorMonitor {
    static final int FAILURES_BEFORE_ALARM = 3;
    private static final Logger log = LoggerFactory.getLogger(DoorSensorMonitor.class);

    private final String door;
    private final SensorConfig config;
    private final DoorContact contact;
    private final Timers timers;
    private final Clock clock;
    private final AlarmSink alarms;
    private final DoorEvents events;
    private final Runnable onClosed;
    private final Executor reads;
    private final AtomicBoolean reading = new AtomicBoolean();
    private final Object inOrder = new Object(); // one reading (and its events) at a time, in order
    private volatile BooleanSupplier locksShut = () -> false;

    private DoorState state = DoorUnknown.INSTANCE;
    private Instant since;
    private Timers.Cancellable checkTimer;
    private Timers.Cancellable polling;
    private int failures;

    /** @param reads the thread contact readings run on; the calling thread in unit tests */
    public DoorSensorMonitor(String door, SensorConfig config, DoorContact contact, Executor reads, Timers timers,
                             Clock clock, AlarmSink alarms, DoorEvents events, Runnable onClosed) {
        this.reads = reads;
        this.door = door;
        this.config = config;
        this.contact = contact;
        this.timers = timers;
        this.clock = clock;
        this.alarms = alarms;
        this.events = events;
        this.onClosed = onClosed;
        this.since = clock.instant();
    }

    /**
     * A door that opens while this says every lock is shut (locked, out of any unlock period) was forced.
     * Until it is set, no opening counts as forced.
     */
    void forcedWhen(BooleanSupplier locksShut) {
        this.locksShut = locksShut;
    }

    /** Reads the contact now and then every poll interval; a reading still under way is not queued again. */
    public void start() {
        readSoon();
        polling = timers.every(Duration.ofMillis(config.pollIntervalMs()), this::readSoon);
    }

    private void readSoon() {
        if (reading.compareAndSet(false, true)) {
            reads.execute(() -> {
                try {
                    poll();
                } finally {
                    reading.set(false);
                }
            });
        }
    }

    public void stop() {
        if (polling != null) {
            polling.cancel();
        }
        synchronized (this) {
            cancelCheck();
        }
    }

    /** Reads the contact once and applies what it says; also called right after the simulator's door moves. */
    public void poll() {
        synchronized (inOrder) {
            readAndApply();
        }
    }

    private void readAndApply() {
        boolean closedContact;
        try {
            closedContact = contact.contactClosed();
        } catch (DriverException e) {
            readFailed(e);
            return;
        }
        boolean open = closedContact == config.closedContactMeansOpen();
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            if (failures >= FAILURES_BEFORE_ALARM) {
                log.info("door {}: contact readable again", door);
            }
            failures = 0;
            DoorStatus status = state.status();
            boolean wasOpen = isOpen(status);
            if (open && !wasOpen) {
                // Only a door seen closed can be forced: one open at the first reading may have been let open.
                boolean forced = status == DoorStatus.CLOSED && locksShut.getAsBoolean();
                move(forced ? state.forcedOpen() : state.opened());
                checkTimer = timers.after(Duration.ofSeconds(config.checkDuration()), this::checkDurationElapsed);
                if (forced) {
                    after.add(() -> alarms.record(door, AlarmSink.DOOR_FORCED,
                            "door opened while its locks were locked"));
                }
                after.add(publish(state.status()));
            } else if (!open && (wasOpen || status == DoorStatus.UNKNOWN)) {
                move(state.closed());
                cancelCheck();
                after.add(publish(DoorStatus.CLOSED));
                after.add(onClosed);
            }
        }
        after.forEach(Runnable::run);
    }

    private void checkDurationElapsed() {
        synchronized (inOrder) {
            raiseOpenTooLong();
        }
    }

    private void raiseOpenTooLong() {
        Runnable publish;
        synchronized (this) {
            if (state.status() != DoorStatus.OPEN && state.status() != DoorStatus.FORCED) {
                return;
            }
            checkTimer = null;
            move(state.checkDurationElapsed());
            publish = publish(DoorStatus.OPEN_TOO_LONG);
        }
        alarms.record(door, AlarmSink.DOOR_OPEN_TOO_LONG, "door open for more than " + config.checkDuration() + " s");
        publish.run();
    }

    private void readFailed(DriverException e) {
        boolean alarm;
        synchronized (this) {
            failures++;
            alarm = failures == FAILURES_BEFORE_ALARM;
        }
        log.debug("door {}: contact not read: {}", door, e.getMessage());
        if (alarm) {
            alarms.record(door, AlarmSink.SENSOR_FAULT, "door contact not read " + FAILURES_BEFORE_ALARM
                    + " times in a row: " + e.getMessage());
        }
    }

    private Runnable publish(DoorStatus status) {
        Instant at = since;
        return () -> {
            try {
                events.doorChanged(door, status, at);
            } catch (RuntimeException e) {
                log.warn("door {}: door event listener failed", door, e);
            }
        };
    }

    private void move(DoorState next) {
        state = next;
        since = clock.instant();
    }

    private void cancelCheck() {
        if (checkTimer != null) {
            checkTimer.cancel();
            checkTimer = null;
        }
    }

    public synchronized DoorStatus status() {
        return state.status();
    }

    public synchronized Instant since() {
        return since;
    }

    /** Whether the contact last said open (Check Door Signal Before Lock asks this). */
    public synchronized boolean open() {
        return isOpen(state.status());
    }

    private static boolean isOpen(DoorStatus status) {
        return status == DoorStatus.OPEN || status == DoorStatus.OPEN_TOO_LONG || status == DoorStatus.FORCED;
    }
}
