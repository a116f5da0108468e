package org.doorman.lock.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.doorman.lock.door.AlarmSink;
import org.doorman.lock.state.DoorStatus;
import org.doorman.lock.support.TestDoors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A door station's reports of its own unlocks: logged as DOOR_STATION, and its opening is not a forced door. */
class DoorStationUnlockTest {
    @TempDir Path dir;

    @Test
    void anOpeningIsLoggedWithWhoAndNoDriverCommandIsSent() {
        try (TestDoors doors = new TestDoors(dir, "doors.8001.digit-timeout=3")) {
            int unlocksBefore = doors.simulator("8001", 2).unlockCount();
            UnlockResult r = doors.unlocks.reported("8001", 2, "card 1A2B", true, "ignored when opened");
            assertEquals(List.of(r), doors.log.search(null, null, 10).stream().map(e -> e.result()).toList());
            assertEquals(UnlockSource.DOOR_STATION, r.source());
            assertEquals(UnlockOutcome.OPENED, r.outcome());
            assertEquals("card 1A2B", r.who());
            assertEquals("", r.detail());
            assertEquals(2, r.lock());
            assertEquals(unlocksBefore, doors.simulator("8001", 2).unlockCount(), "the door station opened it");
        }
    }

    @Test
    void aRefusalIsLoggedWithTheDoorStationsReasonOrAGeneralOne() {
        try (TestDoors doors = new TestDoors(dir)) {
            UnlockResult r = doors.unlocks.reported("8001", 1, "password 9901", false, "wrong password");
            assertEquals(UnlockOutcome.REFUSED_AT_DOOR_STATION, r.outcome());
            assertEquals("wrong password", r.detail());
            assertFalse(r.opened());
            assertEquals("refused at the door station", doors.unlocks.reported("8001", 1, "button", false, "").detail());
            assertEquals(2, doors.log.search(null, null, 10).size());
        }
    }

    @Test
    void aDoorStationWithoutDoorControlIsStillLogged() {
        try (TestDoors doors = new TestDoors(dir)) {
            UnlockResult r = doors.unlocks.reported("8009", 1, "remote", true, null);
            assertEquals("8009", doors.log.search(null, null, 10).get(0).result().door());
            assertTrue(r.opened());
        }
    }

    @Test
    void theDoorOpeningAfterTheDoorStationOpenedItsLockIsNotForcedButLaterItIs() {
        try (TestDoors doors = new TestDoors(dir, "doors.8001.sensor.enable=true")) {
            doors.timers.advance(Duration.ofSeconds(10));
            doors.unlocks.reported("8001", 2, "button", true, null);
            doors.simulator("8001", 1).setDoorOpen(true);
            doors.timers.advance(Duration.ofMillis(250));
            assertEquals(DoorStatus.OPEN, doors.gateway.door("8001").orElseThrow().view().door());
            doors.simulator("8001", 1).setDoorOpen(false);
            doors.timers.advance(Duration.ofSeconds(4)); // past lock 2's 3 s unlock period and the settle time
            doors.simulator("8001", 1).setDoorOpen(true);
            doors.timers.advance(Duration.ofMillis(250));
            assertEquals(DoorStatus.FORCED, doors.gateway.door("8001").orElseThrow().view().door());
            assertEquals(1, doors.alarms.count(AlarmSink.DOOR_FORCED));
        }
    }
}
