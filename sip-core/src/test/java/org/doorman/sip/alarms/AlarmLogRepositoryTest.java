package org.doorman.sip.alarms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.doorman.conf.StorageConfig;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.Jdbc;
import org.doorman.sip.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alarm log table on embedded H2: time-range search, capacity, and what it does with odd values. */
class AlarmLogRepositoryTest {
    @TempDir Path dir;
    private Database db;
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void open() {
        db = Database.open(new StorageConfig("", "", ""), dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recordsAreFoundByTimeRangeOldestFirst() {
        AlarmLogRepository log = new AlarmLogRepository(new Jdbc(db), 100, clock);
        Instant first = clock.instant();
        log.record("8001", "DoorMagnetism", "{\"Code\":\"AlarmLocal\"}");
        clock.advance(Duration.ofMinutes(5));
        log.record("9901#1", "text", "help");
        clock.advance(Duration.ofMinutes(5));
        log.record("8002", "Tamper", "");

        List<AlarmRecord> all = log.search(null, null, 100);
        assertEquals(List.of("8001", "9901#1", "8002"), all.stream().map(AlarmRecord::device).toList());
        assertEquals(first.toEpochMilli(), all.get(0).time().toEpochMilli());
        assertEquals("DoorMagnetism", all.get(0).kind());
        assertEquals("{\"Code\":\"AlarmLocal\"}", all.get(0).detail());

        List<AlarmRecord> middle = log.search(first.plusSeconds(1), first.plus(Duration.ofMinutes(10)), 100);
        assertEquals(List.of("9901#1"), middle.stream().map(AlarmRecord::device).toList());
        assertEquals(2, log.search(null, null, 2).size());
    }

    @Test
    void whenFullTheOldestAreOverwritten() {
        AlarmLogRepository log = new AlarmLogRepository(new Jdbc(db), 3, clock);
        for (int i = 1; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(1));
            log.record("800" + i, "k", "");
        }
        assertEquals(List.of("8003", "8004", "8005"),
                log.search(null, null, 100).stream().map(AlarmRecord::device).toList());
    }

    @Test
    void longValuesAreCutAndMissingOnesNamed() {
        AlarmLogRepository log = new AlarmLogRepository(new Jdbc(db), 10, clock);
        log.record(null, " ", "x".repeat(5000));
        log.record("8001", "k".repeat(100), null);
        List<AlarmRecord> all = log.search(null, null, 10);
        assertEquals("unknown", all.get(0).device());
        assertEquals("unknown", all.get(0).kind());
        assertEquals(AlarmLog.MAX_DETAIL, all.get(0).detail().length());
        assertTrue(all.get(0).detail().endsWith("…"));
        assertEquals(AlarmLog.MAX_KIND, all.get(1).kind().length());
        assertEquals("", all.get(1).detail());
    }
}
