package org.doorman.lock.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.doorman.lock.support.TestDb;
import org.doorman.lock.unlock.UnlockOutcome;
import org.doorman.lock.unlock.UnlockResult;
import org.doorman.lock.unlock.UnlockSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unlock log: time range search, oldest overwritten past the capacity. */
class UnlockLogTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    @TempDir Path dir;

    private static UnlockResult at(int second, String who) {
        return new UnlockResult(T0.plusSeconds(second), "8001", 1, UnlockSource.CARD, who, UnlockOutcome.OPENED, "");
    }

    @Test
    void searchesATimeRangeOldestFirst() {
        try (TestDb db = new TestDb(dir)) {
            UnlockLog log = new UnlockLog(db.jdbc, 100);
            log.add(at(20, "c"));
            log.add(at(0, "a"));
            log.add(at(10, "b"));
            assertEquals(List.of("a", "b", "c"), whos(log.search(null, null, 10)));
            assertEquals(List.of("b"), whos(log.search(T0.plusSeconds(5), T0.plusSeconds(20), 10)));
            assertEquals(List.of("a"), whos(log.search(null, null, 1)));
        }
    }

    @Test
    void pastTheCapacityTheOldestAreOverwritten() {
        try (TestDb db = new TestDb(dir)) {
            UnlockLog log = new UnlockLog(db.jdbc, 3);
            for (int i = 0; i < 5; i++) {
                log.add(at(i, "p" + i));
            }
            assertEquals(List.of("p2", "p3", "p4"), whos(log.search(null, null, 10)));
            assertEquals(3, db.count("unlock_log"));
        }
    }

    @Test
    void longTextIsCutToFitNotRefused() {
        try (TestDb db = new TestDb(dir)) {
            UnlockLog log = new UnlockLog(db.jdbc, 3);
            log.add(new UnlockResult(T0, "8001", 0, UnlockSource.CARD, "x".repeat(100), UnlockOutcome.FAULT, "d".repeat(500)));
            UnlockResult r = log.search(null, null, 1).get(0).result();
            assertEquals(64, r.who().length());
            assertEquals(200, r.detail().length());
        }
    }

    private static List<String> whos(List<UnlockLog.Entry> entries) {
        return entries.stream().map(e -> e.result().who()).toList();
    }
}
