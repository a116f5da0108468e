package org.doorman.lock.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.doorman.lock.door.AlarmSink;
import org.doorman.lock.support.TestDoors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unlock rules as callers see them, and every request in the unlock log. */
class UnlockServiceTest {
    @TempDir Path dir;
    private TestDoors doors;

    @AfterEach
    void stop() {
        doors.close();
    }

    @Test
    void anOperatorOpensALockAndTheLogSaysWhoAndHow() {
        doors = new TestDoors(dir, "doors.8001.lock2.driver=none");
        UnlockResult r = doors.unlocks.unlock("8001", 1, UnlockSource.OPERATOR, "admin");
        assertTrue(r.opened());
        assertEquals("", r.detail());
        UnlockResult logged = doors.log.search(null, null, 10).get(0).result();
        assertEquals(r, logged);
    }

    @Test
    void aSecondUnlockWithinTheIntervalIsRefusedAndLogged() {
        doors = new TestDoors(dir, "doors.8001.lock1.unlock-responding-interval=10");
        doors.unlocks.unlock("8001", 1, UnlockSource.API, "script");
        doors.timers.advance(Duration.ofSeconds(9));
        UnlockResult r = doors.unlocks.unlock("8001", 1, UnlockSource.API, "script");
        assertEquals(UnlockOutcome.REFUSED_INTERVAL, r.outcome());
        assertTrue(r.detail().contains("10 s"), r.detail());
        assertEquals(List.of(UnlockOutcome.OPENED, UnlockOutcome.REFUSED_INTERVAL),
                doors.log.search(null, null, 10).stream().map(e -> e.result().outcome()).toList());
    }

    @Test
    void anUnknownDoorOrAnAbsentLockIsNoDoor() {
        doors = new TestDoors(dir, "doors.8001.lock2.driver=none");
        assertEquals(UnlockOutcome.REFUSED_NO_DOOR, doors.unlocks.unlock("8001", 2, UnlockSource.OPERATOR, "a").outcome());
        assertEquals(UnlockOutcome.REFUSED_NO_DOOR, doors.unlocks.unlock("8009", 1, UnlockSource.OPERATOR, "a").outcome());
        assertEquals(UnlockOutcome.REFUSED_NO_DOOR, doors.unlocks.unlock("8001", 3, UnlockSource.OPERATOR, "a").outcome());
        assertEquals(3, doors.log.search(null, null, 10).size());
    }

    @Test
    void aLockThatDoesNotAnswerIsAFaultWithAnAlarm() {
        doors = new TestDoors(dir, "doors.8001.lock1.retries=1");
        doors.simulator("8001", 1).failNext(2);
        UnlockResult r = doors.unlocks.unlock("8001", 1, UnlockSource.DEVICE, "9901");
        assertEquals(UnlockOutcome.FAULT, r.outcome());
        assertFalse(doors.simulator("8001", 1).released());
        assertEquals(1, doors.alarms.count(AlarmSink.LOCK_FAULT));
        assertTrue(doors.alarms.all().get(0).contains("after 2 attempts"), doors.alarms.all().toString());
    }
}
