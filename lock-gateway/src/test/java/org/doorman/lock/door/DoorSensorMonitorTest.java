package org.doorman.lock.door;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.doorman.conf.SensorConfig;
import org.doorman.lock.driver.DoorContact;
import org.doorman.lock.driver.DriverException;
import org.doorman.lock.driver.SimulatedLockDriver;
import org.doorman.lock.state.DoorStatus;
import org.doorman.lock.support.ManualTimers;
import org.doorman.lock.support.MutableClock;
import org.doorman.lock.support.RecordingAlarms;
import org.junit.jupiter.api.Test;

/** The door contact: NO/NC, events to the monitors, the check-duration alarm, read failures. */
class DoorSensorMonitorTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final ManualTimers timers = new ManualTimers(clock);
    private final RecordingAlarms alarms = new RecordingAlarms();
    private final List<String> events = new ArrayList<>();
    private int closedCalls;

    private DoorSensorMonitor monitor(String contact, DoorContact reading) {
        return monitor(contact, reading, () -> false);
    }

    private DoorSensorMonitor monitor(String contact, DoorContact reading, BooleanSupplier locksShut) {
        SensorConfig config = new SensorConfig(true, contact, 60, false, 0, 250);
        DoorSensorMonitor m = new DoorSensorMonitor("8001", config, reading, Runnable::run, timers, clock, alarms,
                (door, status, at) -> events.add(door + " " + status + " " + at), () -> closedCalls++);
        m.forcedWhen(locksShut);
        m.start();
        return m;
    }

    @Test
    void theFirstReadingSetsTheDoorAndTellsTheMonitors() {
        SimulatedLockDriver door = new SimulatedLockDriver("d", false);
        DoorSensorMonitor m = monitor("NC", door);
        assertEquals(DoorStatus.CLOSED, m.status());
        assertEquals(List.of("8001 CLOSED 2026-11-22T08:00:00Z"), events);
    }

    @Test
    void anNcContactThatOpensMeansTheDoorOpened() {
        boolean[] closedContact = {true};
        DoorSensorMonitor m = monitor("NC", () -> closedContact[0]);
        closedContact[0] = false;
        timers.advance(Duration.ofMillis(250));
        assertEquals(DoorStatus.OPEN, m.status());
        assertTrue(m.open());
    }

    @Test
    void anNoContactThatClosesMeansTheDoorOpened() {
        boolean[] closedContact = {false};
        DoorSensorMonitor m = monitor("NO", () -> closedContact[0]);
        assertEquals(DoorStatus.CLOSED, m.status());
        closedContact[0] = true;
        m.poll();
        assertEquals(DoorStatus.OPEN, m.status());
    }

    @Test
    void aDoorOpenPastTheCheckDurationRaisesOneAlarmAndClosingEndsIt() {
        SimulatedLockDriver door = new SimulatedLockDriver("d", false);
        DoorSensorMonitor m = monitor("NC", door);
        door.setDoorOpen(true);
        timers.advance(Duration.ofSeconds(60));
        assertEquals(DoorStatus.OPEN, m.status(), "polled at 250 ms: 59.75 s open so far");
        timers.advance(Duration.ofMillis(250));
        assertEquals(DoorStatus.OPEN_TOO_LONG, m.status());
        timers.advance(Duration.ofMinutes(5));
        assertEquals(List.of("8001 door-open-too-long: door open for more than 60 s"), alarms.all());
        door.setDoorOpen(false);
        m.poll();
        assertEquals(DoorStatus.CLOSED, m.status());
        assertEquals(List.of("CLOSED", "OPEN", "OPEN_TOO_LONG", "CLOSED"),
                events.stream().map(e -> e.split(" ")[1]).toList());
        assertEquals(2, closedCalls, "the first reading and the closing");
    }

    @Test
    void aDoorClosedWithinTheCheckDurationRaisesNoAlarm() {
        SimulatedLockDriver door = new SimulatedLockDriver("d", true);
        monitor("NO", door);
        door.setDoorOpen(true);
        timers.advance(Duration.ofSeconds(30));
        door.setDoorOpen(false);
        timers.advance(Duration.ofMinutes(2));
        assertTrue(alarms.all().isEmpty(), alarms.all().toString());
    }

    @Test
    void aContactThatCannotBeReadIsAlarmedOnceAndTheDoorKeepsItsState() {
        boolean[] broken = {false};
        DoorSensorMonitor m = monitor("NC", () -> {
            if (broken[0]) {
                throw new DriverException("no answer");
            }
            return true;
        });
        broken[0] = true;
        timers.advance(Duration.ofSeconds(10));
        assertEquals(1, alarms.count(AlarmSink.SENSOR_FAULT));
        assertEquals(DoorStatus.CLOSED, m.status());
        broken[0] = false;
        m.poll();
        assertEquals(DoorStatus.CLOSED, m.status());
    }

    @Test
    void aClosedDoorOpeningWhileTheLocksAreShutIsForcedAndAlarmedOnce() {
        SimulatedLockDriver door = new SimulatedLockDriver("d", false);
        DoorSensorMonitor m = monitor("NC", door, () -> true);
        door.setDoorOpen(true);
        m.poll();
        m.poll();
        assertEquals(DoorStatus.FORCED, m.status());
        assertTrue(m.open(), "a forced door stands open: Check Door Signal Before Lock waits for it too");
        assertEquals(List.of("8001 door-forced: door opened while its locks were locked"), alarms.all());
        timers.advance(Duration.ofSeconds(60));
        assertEquals(DoorStatus.OPEN_TOO_LONG, m.status());
        door.setDoorOpen(false);
        m.poll();
        assertEquals(List.of("CLOSED", "FORCED", "OPEN_TOO_LONG", "CLOSED"),
                events.stream().map(e -> e.split(" ")[1]).toList());
        assertEquals(1, alarms.count(AlarmSink.DOOR_FORCED));
    }

    @Test
    void aDoorOpeningWhileALockIsOpenIsNotForced() {
        SimulatedLockDriver door = new SimulatedLockDriver("d", false);
        DoorSensorMonitor m = monitor("NC", door, () -> false);
        door.setDoorOpen(true);
        m.poll();
        assertEquals(DoorStatus.OPEN, m.status());
        assertEquals(0, alarms.count(AlarmSink.DOOR_FORCED));
    }

    @Test
    void aDoorAlreadyOpenAtTheFirstReadingIsNotForced() {
        SimulatedLockDriver door = new SimulatedLockDriver("d", false);
        door.setDoorOpen(true);
        DoorSensorMonitor m = monitor("NC", door, () -> true);
        assertEquals(DoorStatus.OPEN, m.status());
        assertTrue(alarms.all().isEmpty(), alarms.all().toString());
    }
}
