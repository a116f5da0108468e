package org.doorman.registrar.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.doorman.conf.StorageConfig;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.Jdbc;
import org.doorman.registrar.auth.DigestAlgorithm;
import org.doorman.registrar.auth.Ha1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory against a real embedded database: rules, persistence and all-or-nothing batches. */
class DirectoryTest {
    @TempDir Path dataDir;
    private Database db;
    private Directory directory;

    @BeforeEach
    void open() {
        db = Database.open(new StorageConfig("", "", ""), dataDir);
        directory = newDirectory();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Directory newDirectory() {
        Directory d = new Directory(new DirectoryRepository(new Jdbc(db)), "doorman", "8000", "888888");
        d.load();
        return d;
    }

    @Test
    void serverOwnEntryExistsAndCannotBeModifiedOrRemoved() {
        DirectoryEntry own = directory.find("8000").orElseThrow();
        assertTrue(own.server());
        assertEquals(DirectoryException.Reason.FORBIDDEN,
                assertThrows(DirectoryException.class, () -> directory.remove(DeviceKind.VTO, "8000")).reason());
        assertThrows(DirectoryException.class,
                () -> directory.modify(DeviceKind.VTO, "8000", DeviceSpec.of(null, "newpass1")));
        directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "Secret123"));
        assertEquals(1, directory.clear(DeviceKind.VTO));
        assertTrue(directory.find("8000").isPresent());
    }

    @Test
    void credentialsAreHashesForBothSpellingsOfAnExtension() {
        directory.add(DeviceKind.VTH, DeviceSpec.of("9901", "Secret123"));
        DirectoryEntry ext = directory.add(DeviceKind.VTH, DeviceSpec.of("9901%231", "Ext12345"));
        assertEquals("9901#1", ext.number());
        Credentials c = ext.credentials();
        assertEquals(Ha1.of(DigestAlgorithm.MD5, "9901#1", "doorman", "Ext12345"), c.ha1("MD5", "9901#1", "9901#1"));
        assertEquals(Ha1.of(DigestAlgorithm.SHA_256, "9901%231", "doorman", "Ext12345"),
                c.ha1("SHA-256", "9901%231", "9901#1"));
        assertNull(c.ha1("MD5", "9902", "9901#1"));
    }

    @Test
    void extensionNeedsItsRoomAndRoomWithExtensionsCannotBeRemoved() {
        DirectoryException noRoom = assertThrows(DirectoryException.class,
                () -> directory.add(DeviceKind.VTH, DeviceSpec.of("9901#1", "Secret123")));
        assertTrue(noRoom.getMessage().contains("room 9901 does not exist"), noRoom.getMessage());
        directory.add(DeviceKind.VTH, DeviceSpec.of("9901", "Secret123"));
        directory.add(DeviceKind.VTH, DeviceSpec.of("9901#1", "Secret123"));
        DirectoryException busy = assertThrows(DirectoryException.class, () -> directory.remove(DeviceKind.VTH, "9901"));
        assertEquals(DirectoryException.Reason.CONFLICT, busy.reason());
        directory.remove(DeviceKind.VTH, "9901#1");
        directory.remove(DeviceKind.VTH, "9901");
        assertTrue(directory.list(DeviceKind.VTH).isEmpty());
    }

    @Test
    void duplicatesAcrossKindsAndTheCentreNumberAreRefused() {
        directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "Secret123"));
        DirectoryException dup = assertThrows(DirectoryException.class,
                () -> directory.add(DeviceKind.VTS, DeviceSpec.of("8001", "Secret123")));
        assertTrue(dup.getMessage().contains("already used by a vto"), dup.getMessage());
        assertThrows(DirectoryException.class, () -> directory.add(DeviceKind.VTS, DeviceSpec.of("888888", "Secret123")));
    }

    @Test
    void batchIsAllOrNothingAndNamesTheBadItem() {
        DirectoryException e = assertThrows(DirectoryException.class, () -> directory.addAll(DeviceKind.VTH,
                List.of(DeviceSpec.of("101", "Secret123"), DeviceSpec.of("102", "x"))));
        assertTrue(e.getMessage().startsWith("item 2:"), e.getMessage());
        assertEquals("password", e.field());
        assertTrue(directory.list(DeviceKind.VTH).isEmpty());
        assertTrue(newDirectory().list(DeviceKind.VTH).isEmpty());
    }

    @Test
    void changesSurviveAReload() {
        directory.add(DeviceKind.VTH, new DeviceSpec("9901", "Secret123", "Ann", "Lee", "A", null, null, null,
                null, null, null));
        directory.modify(DeviceKind.VTH, "9901", new DeviceSpec(null, null, null, null, "Annie", null, null, null,
                null, null, null));
        DirectoryEntry reloaded = newDirectory().find("9901#0").orElseThrow();
        assertEquals("Ann", reloaded.firstName());
        assertEquals("Annie", reloaded.nickName());
        assertNotNull(reloaded.credentials());
    }

    @Test
    void cameraNeedsAnIpAddressAndBadAddressesAreNamed() {
        assertEquals("ipAddress", assertThrows(DirectoryException.class,
                () -> directory.add(DeviceKind.IPC, DeviceSpec.of("7001", "Secret123"))).field());
        DeviceSpec bad = new DeviceSpec("7001", "Secret123", null, null, null, "300.1.1.1", null, null, null, null, null);
        assertEquals("ipAddress", assertThrows(DirectoryException.class, () -> directory.add(DeviceKind.IPC, bad)).field());
    }

    @Test
    void listIsInNumericOrderWithExtensionsAfterTheirRoom() {
        directory.addAll(DeviceKind.VTH, List.of(DeviceSpec.of("9902", "Secret123"), DeviceSpec.of("9901", "Secret123"),
                DeviceSpec.of("101", "Secret123"), DeviceSpec.of("9901#1", "Secret123")));
        assertEquals(List.of("101", "9901", "9901#1", "9902"),
                directory.list(DeviceKind.VTH).stream().map(DirectoryEntry::number).toList());
    }

    @Test
    void removalListenersHearOfRemovedNumbers() {
        List<String> heard = new java.util.ArrayList<>();
        directory.onRemoved(heard::add);
        directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "Secret123"));
        directory.remove(DeviceKind.VTO, "8001");
        assertEquals(List.of("8001"), heard);
    }
}
