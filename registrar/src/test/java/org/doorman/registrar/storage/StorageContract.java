package org.doorman.registrar.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.Jdbc;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryException;
import org.doorman.registrar.directory.DirectoryRepository;
import org.doorman.registrar.location.BindingRepository;
import org.doorman.registrar.location.BindingRules;
import org.doorman.registrar.location.ContactUpdate;
import org.doorman.registrar.location.LocationService;
import org.doorman.registrar.location.RegisterOutcome;
import org.doorman.registrar.location.RegisterRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the registrar needs from any database: the same tests run on embedded H2 and on PostgreSQL. */
abstract class StorageContract {
    private static final long T0 = 1_800_000_000_000L;
    private Database db;

    protected abstract Database open() throws Exception;

    @BeforeEach
    void openDatabase() throws Exception {
        db = open();
    }

    @AfterEach
    void closeDatabase() {
        if (db != null) { // null when the test was skipped before opening (no PostgreSQL here)
            db.close();
        }
    }

    private Directory directory() {
        Directory d = new Directory(new DirectoryRepository(new Jdbc(db)), "doorman", "8000", "888888");
        d.load();
        return d;
    }

    private LocationService location(long nowMillis) {
        LocationService l = new LocationService(new BindingRepository(new Jdbc(db)), new BindingRules(10),
                Clock.fixed(Instant.ofEpochMilli(nowMillis), ZoneOffset.UTC));
        l.load();
        return l;
    }

    @Test
    void directoryChangesSurviveReopening() {
        Directory d = directory();
        d.addAll(DeviceKind.VTH, List.of(DeviceSpec.of("9901", "Secret123"), DeviceSpec.of("9901#1", "Secret123")));
        d.add(DeviceKind.VTO, DeviceSpec.of("8001", "Door1234"));
        d.remove(DeviceKind.VTO, "8001");
        Directory again = directory();
        assertEquals(List.of("9901", "9901#1"), again.list(DeviceKind.VTH).stream().map(e -> e.number()).toList());
        assertFalse(again.find("8001").isPresent());
        assertTrue(again.find("8000").orElseThrow().server());
    }

    @Test
    void failedBatchLeavesNothingBehind() {
        Directory d = directory();
        assertThrows(DirectoryException.class, () -> d.addAll(DeviceKind.VTH,
                List.of(DeviceSpec.of("101", "Secret123"), DeviceSpec.of("101", "Secret123"))));
        assertTrue(directory().list(DeviceKind.VTH).isEmpty());
    }

    @Test
    void bindingsSurviveRestartUntilTheyExpire() {
        directory().add(DeviceKind.VTH, DeviceSpec.of("9901", "Secret123"));
        LocationService l = location(T0);
        RegisterOutcome r = l.register(new RegisterRequest("9901", "call-1", 1, "192.0.2.7", 5062, "UDP", "VTH",
                false, List.of(new ContactUpdate("sip:9901@192.0.2.7:5062", 600, 1f),
                        new ContactUpdate("sip:9901@192.0.2.7:5064", 60, 0.5f))));
        assertInstanceOf(RegisterOutcome.Accepted.class, r);

        LocationService restarted = location(T0 + 30_000);
        assertEquals(2, restarted.bindings("9901").size());
        assertEquals("192.0.2.7", restarted.bindings("9901").get(0).sourceAddress());

        LocationService later = location(T0 + 120_000);
        assertEquals(List.of("sip:9901@192.0.2.7:5062"),
                later.bindings("9901").stream().map(b -> b.contact()).toList());
    }

    @Test
    void removingADeviceForgetsItsBindings() {
        Directory d = directory();
        d.add(DeviceKind.VTH, DeviceSpec.of("9902", "Secret123"));
        LocationService l = location(T0);
        d.onRemoved(l::removeAll);
        l.register(new RegisterRequest("9902", "c", 1, "192.0.2.8", 5060, "TCP", "", false,
                List.of(new ContactUpdate("sip:9902@192.0.2.8", 600, 1f))));
        d.remove(DeviceKind.VTH, "9902");
        assertTrue(location(T0).bindings("9902").isEmpty());
    }
}
