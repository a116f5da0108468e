package org.doorman.lock.door;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.doorman.lock.state.DoorStatus;
import org.doorman.lock.state.LockStatus;
import org.doorman.lock.support.TestDoors;
import org.doorman.lock.unlock.UnlockSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Doors built from doors.*: locks present or not, locked at start, contacts and held relocks wired up. */
class DoorGatewayTest {
    @TempDir Path dir;

    @Test
    void everyConfiguredDoorStartsWithItsLocksLocked() {
        try (TestDoors doors = new TestDoors(dir, "doors.8001.lock2.driver=none", "doors.8002.first-unlock-command=1")) {
            assertEquals(List.of("8001", "8002"), doors.gateway.doors().stream().map(Door::vto).toList());
            DoorView v = doors.gateway.door("8001").orElseThrow().view();
            assertEquals(1, v.locks().size());
            assertEquals(LockStatus.LOCKED, v.locks().get(0).status());
            assertFalse(v.sensor());
            assertEquals(DoorStatus.UNKNOWN, v.door());
            assertTrue(v.simulated());
            assertEquals(1, doors.simulator("8002", 2).lockCount(), "driven locked at start");
            assertTrue(doors.gateway.door("8003").isEmpty());
        }
    }

    @Test
    void theSimulatorsDoorIsReadWhenTheSensorIsEnabled() {
        try (TestDoors doors = new TestDoors(dir, "doors.8001.sensor.enable=true")) {
            Door door = doors.gateway.door("8001").orElseThrow();
            doors.simulator("8001", 1).setDoorOpen(true);
            door.sensor().orElseThrow().poll();
            assertEquals(DoorStatus.OPEN, door.view().door());
            assertEquals(List.of("8001 CLOSED", "8001 OPEN"), doors.events);
        }
    }

    @Test
    void checkDoorSignalBeforeLockHoldsBothLocksUntilTheDoorCloses() {
        try (TestDoors doors = new TestDoors(dir, "doors.8001.sensor.enable=true",
                "doors.8001.sensor.check-door-signal-before-lock=true")) {
            doors.unlocks.unlock("8001", 1, UnlockSource.OPERATOR, "a");
            doors.unlocks.unlock("8001", 2, UnlockSource.OPERATOR, "a");
            doors.simulator("8001", 1).setDoorOpen(true);
            doors.timers.advance(Duration.ofSeconds(10));
            assertTrue(doors.simulator("8001", 1).released());
            assertTrue(doors.simulator("8001", 2).released());
            doors.simulator("8001", 1).setDoorOpen(false);
            doors.timers.advance(Duration.ofMillis(250));
            assertFalse(doors.simulator("8001", 1).released());
            assertFalse(doors.simulator("8001", 2).released());
        }
    }

    @Test
    void withoutTheCheckTheLockRelocksOnTimeWhileTheDoorStandsOpen() {
        try (TestDoors doors = new TestDoors(dir, "doors.8001.sensor.enable=true")) {
            doors.unlocks.unlock("8001", 1, UnlockSource.OPERATOR, "a");
            doors.simulator("8001", 1).setDoorOpen(true);
            doors.timers.advance(Duration.ofSeconds(3));
            assertFalse(doors.simulator("8001", 1).released());
        }
    }

    @Test
    void closingTheGatewayLocksWhatIsOpen() {
        TestDoors doors = new TestDoors(dir, "doors.8001.lock2.driver=none");
        doors.unlocks.unlock("8001", 1, UnlockSource.OPERATOR, "a");
        var simulator = doors.simulator("8001", 1);
        doors.close();
        assertFalse(simulator.released());
    }

    @Test
    void aDoorOpenedWhileBothLocksAreLockedIsForced() {
        try (TestDoors doors = new TestDoors(dir, "doors.8001.sensor.enable=true")) {
            doors.timers.advance(Duration.ofSeconds(1));
            doors.simulator("8001", 1).setDoorOpen(true);
            doors.timers.advance(Duration.ofMillis(250));
            assertEquals(DoorStatus.FORCED, doors.gateway.door("8001").orElseThrow().view().door());
            assertEquals(List.of("8001 door-forced: door opened while its locks were locked"), doors.alarms.all());
            assertEquals(List.of("8001 CLOSED", "8001 FORCED"), doors.events);
        }
    }

    @Test
    void aDoorOpenedInEitherLocksUnlockPeriodIsNotForced() {
        try (TestDoors doors = new TestDoors(dir, "doors.8001.sensor.enable=true")) {
            doors.timers.advance(Duration.ofSeconds(1));
            doors.unlocks.unlock("8001", 2, UnlockSource.OPERATOR, "a");
            doors.simulator("8001", 1).setDoorOpen(true);
            doors.timers.advance(Duration.ofMillis(250));
            assertEquals(DoorStatus.OPEN, doors.gateway.door("8001").orElseThrow().view().door());
            assertEquals(0, doors.alarms.count(AlarmSink.DOOR_FORCED));
        }
    }

    @Test
    void aDoorSeenOpenJustAfterTheRelockIsNotForcedButOneOpenedLaterIs() {
        try (TestDoors doors = new TestDoors(dir, "doors.8001.sensor.enable=true")) {
            doors.timers.advance(Duration.ofSeconds(1));
            doors.unlocks.unlock("8001", 1, UnlockSource.OPERATOR, "a");
            doors.timers.advance(Duration.ofSeconds(3));
            assertFalse(doors.simulator("8001", 1).released(), "relocked after the 3 s unlock period");
            doors.simulator("8001", 1).setDoorOpen(true); // pushed open as it relocked, read at the next poll
            doors.timers.advance(Duration.ofMillis(250));
            assertEquals(DoorStatus.OPEN, doors.gateway.door("8001").orElseThrow().view().door());
            doors.simulator("8001", 1).setDoorOpen(false);
            doors.timers.advance(Duration.ofSeconds(1));
            doors.simulator("8001", 1).setDoorOpen(true);
            doors.timers.advance(Duration.ofMillis(250));
            assertEquals(DoorStatus.FORCED, doors.gateway.door("8001").orElseThrow().view().door());
            assertEquals(1, doors.alarms.count(AlarmSink.DOOR_FORCED));
        }
    }
}
