package org.doorman.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.doorman.conf.StorageConfig;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.Jdbc;
import org.doorman.registrar.auth.LoginGuard;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may watch door video: monitors and centres with their SIP password, nobody else, under the lockout. */
class RtspViewersTest {
    @TempDir Path dataDir;

    @Test
    void monitorsAndCentresLogInWithTheirSipPasswordDoorStationsAndStrangersDoNot() throws Exception {
        try (Database db = Database.open(new StorageConfig("", "", ""), dataDir)) {
            Directory directory = new Directory(new DirectoryRepository(new Jdbc(db)), "doorman", "8000", "888888");
            directory.load();
            directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "door-secret"));
            directory.addAll(DeviceKind.VTH, List.of(DeviceSpec.of("9901", "room-secret"),
                    DeviceSpec.of("9901#1", "ext-secret")));
            directory.add(DeviceKind.VTS, DeviceSpec.of("888001", "centre-secret"));
            RtspViewers viewers = new RtspViewers(directory, "doorman",
                    new LoginGuard(5, Duration.ofMinutes(5), Clock.systemUTC()));

            assertEquals("doorman", viewers.realm());
            assertEquals(Optional.of(md5("9901:doorman:room-secret")), viewers.ha1("9901"));
            assertEquals(Optional.of(md5("9901%231:doorman:ext-secret")), viewers.ha1("9901%231"),
                    "an extension logs in under the spelling it registers with");
            assertEquals(Optional.of(md5("888001:doorman:centre-secret")), viewers.ha1("888001"));
            assertEquals(Optional.empty(), viewers.ha1("8001"), "door stations never watch other doors");
            assertEquals(Optional.empty(), viewers.ha1("8000"), "the server's own entry has no password");
            assertEquals(Optional.empty(), viewers.ha1("7777"));
        }
    }

    @Test
    void fiveWrongPasswordsLockThatViewerOutFromThatAddress() throws Exception {
        try (Database db = Database.open(new StorageConfig("", "", ""), dataDir)) {
            Directory directory = new Directory(new DirectoryRepository(new Jdbc(db)), "doorman", "8000", "888888");
            directory.load();
            RtspViewers viewers = new RtspViewers(directory, "doorman",
                    new LoginGuard(5, Duration.ofMinutes(5), Clock.systemUTC()));
            InetAddress from = InetAddress.getByName("192.0.2.7");
            for (int i = 0; i < 5; i++) {
                assertTrue(viewers.mayTry("9901", from), "attempt " + (i + 1));
                viewers.loginFailed("9901", from);
            }
            assertFalse(viewers.mayTry("9901", from));
            assertTrue(viewers.mayTry("9901", InetAddress.getByName("192.0.2.8")), "another address is not locked");
        }
    }

    private static String md5(String text) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, d));
    }
}
