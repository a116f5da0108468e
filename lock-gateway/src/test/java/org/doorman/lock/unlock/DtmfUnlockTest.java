package org.doorman.lock.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.doorman.lock.support.TestDoors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SIP side's entry point: keys of calls with door stations open their locks. */
class DtmfUnlockTest {
    @TempDir Path dir;
    private TestDoors doors;
    private DtmfUnlock dtmf;

    private void start(String... keys) {
        doors = new TestDoors(dir, keys);
        dtmf = new DtmfUnlock(doors.unlocks, doors.config::door);
    }

    @AfterEach
    void stop() {
        doors.close();
    }

    private Optional<CompletableFuture<UnlockResult>> type(String callId, String vto, String from, String keys) {
        Optional<CompletableFuture<UnlockResult>> last = Optional.empty();
        for (char k : keys.toCharArray()) {
            last = dtmf.digit(callId, vto, from, k, doors.clock.instant());
        }
        return last;
    }

    @Test
    void theDefaultSecondCommandOpensLockTwoAndIsLoggedWithTheMonitorsNumber() {
        start("doors.8001.first-unlock-command=123");
        UnlockResult r = type("call-1", "8001", "9901", "456").orElseThrow().join();
        assertEquals(UnlockOutcome.OPENED, r.outcome());
        assertEquals(2, r.lock());
        assertTrue(doors.simulator("8001", 2).released());
        assertFalse(doors.simulator("8001", 1).released());
        var logged = doors.log.search(null, null, 10).get(0).result();
        assertEquals(UnlockSource.DTMF, logged.source());
        assertEquals("9901", logged.who());
        assertEquals(UnlockOutcome.OPENED, logged.outcome());
    }

    @Test
    void theFirstCommandOpensLockOne() {
        start("doors.8001.first-unlock-command=123");
        assertEquals(1, type("c", "8001", "9901#1", "123").orElseThrow().join().lock());
    }

    @Test
    void keysFromTheDoorStationItselfNeverUnlock() {
        start("doors.8001.first-unlock-command=123");
        assertTrue(type("c", "8001", "8001", "456").isEmpty());
        assertFalse(doors.simulator("8001", 2).released());
    }

    @Test
    void eachCallHasItsOwnKeys() {
        start("doors.8001.lock1.driver=simulator");
        dtmf.digit("a", "8001", "9901", '4', doors.clock.instant());
        dtmf.digit("b", "8001", "9902", '5', doors.clock.instant());
        assertTrue(dtmf.digit("a", "8001", "9901", '6', doors.clock.instant()).isEmpty(), "call a typed 4, 6");
        assertTrue(type("b", "8001", "9902", "6").isEmpty(), "call b typed 5, 6");
    }

    @Test
    void anEndedCallIsForgotten() {
        start("doors.8001.lock1.driver=simulator");
        type("c", "8001", "9901", "45");
        assertEquals(1, dtmf.remembered());
        dtmf.callEnded("c");
        assertEquals(0, dtmf.remembered());
        assertTrue(type("c", "8001", "9901", "6").isEmpty());
    }

    @Test
    void aDoorStationWithoutDoorControlIsRefusedAndLogged() {
        start("doors.8001.lock1.driver=simulator");
        UnlockResult r = type("c", "8003", "9901", "456").orElseThrow().join();
        assertEquals(UnlockOutcome.REFUSED_NO_DOOR, r.outcome());
        assertTrue(r.detail().contains("doors.8003"), r.detail());
        assertEquals(1, doors.log.search(null, null, 10).size());
    }

    @Test
    void callsLeftIdleAreForgottenWhenManyAreRemembered() {
        start("doors.8001.lock1.driver=simulator");
        Instant t0 = doors.clock.instant();
        for (int i = 0; i < DtmfUnlock.MAX_CALLS; i++) {
            dtmf.digit("call-" + i, "8001", "9901", '4', t0);
        }
        dtmf.digit("late", "8001", "9901", '4', t0.plusSeconds(31));
        assertEquals(1, dtmf.remembered());
    }
}
