package org.doorman.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The door keys lock-gateway reads: doors.N.lock1/lock2.*, .sensor.*, .digit-timeout, .clock-events, logs.unlock-capacity. */
class DoorLockConfigTest {
    private final ConfigLoader loader = new ConfigLoader();
    @TempDir Path dir;

    @Test
    void defaultsAreSimulatedLocksThreeSecondsOpenFiveBetweenUnlocksAndNoContact() {
        DoormanConfig c = loader.defaults();
        DoorConfig door = c.door("8001");
        for (int n = 1; n <= 2; n++) {
            LockConfig lock = door.lock(n);
            assertEquals("simulator", lock.driver());
            assertEquals(3, lock.unlockPeriod());
            assertEquals(5, lock.unlockRespondingInterval());
            assertEquals(2, lock.retries());
            assertEquals(2000, lock.timeoutMs());
            assertTrue(lock.present());
        }
        assertFalse(door.sensor().enable());
        assertEquals("NC", door.sensor().contact());
        assertEquals(60, door.sensor().checkDuration());
        assertFalse(door.sensor().checkDoorSignalBeforeLock());
        assertEquals(3, door.digitTimeout());
        assertFalse(door.clockEvents());
        assertEquals(100_000, c.logs().unlockCapacity());
    }

    @Test
    void modbusTcpLockTakesHostAndDefaultsPortUnitAndCoil() {
        LockConfig lock = door("doors.8001.lock1.driver=modbus-tcp", "doors.8001.lock1.host=10.0.0.5").lock1();
        assertEquals("10.0.0.5", lock.host());
        assertEquals(502, lock.port());
        assertEquals(1, lock.unit());
        assertEquals(0, lock.coil());
        assertEquals(null, lock.serialPort(), "keys of other drivers stay unset");
    }

    @Test
    void modbusRtuLockNeedsASerialPort() {
        ConfigException e = refused("doors.8001.lock2.driver=modbus-rtu");
        assertEquals("doors.8001.lock2.serial-port", e.key());
        LockConfig lock = door("doors.8001.lock2.driver=modbus-rtu", "doors.8001.lock2.serial-port=/dev/ttyUSB0",
                "doors.8001.lock2.coil=3", "doors.8001.lock2.parity=EVEN").lock2();
        assertEquals(9600, lock.baudRate());
        assertEquals("even", lock.parity());
        assertEquals(3, lock.coil());
    }

    @Test
    void httpLockChannelDefaultsToTheLockNumber() {
        DoorConfig door = door("doors.8001.lock1.driver=http", "doors.8001.lock1.url=http://192.168.1.110",
                "doors.8001.lock2.driver=http", "doors.8001.lock2.url=http://192.168.1.110",
                "doors.8001.lock2.user=admin", "doors.8001.lock2.password=pw");
        assertEquals(1, door.lock1().channel());
        assertEquals(2, door.lock2().channel());
        assertEquals("", door.lock1().user());
        assertTrue(door.lock1().closeDoor());
        assertFalse(door("doors.8001.lock1.driver=http", "doors.8001.lock1.url=http://d",
                "doors.8001.lock1.close-door=false").lock1().closeDoor());
    }

    @Test
    void httpUrlMustBeAnHttpAddress() {
        for (String bad : List.of("ftp://x", "192.168.1.110", "http://x/?a=b")) {
            ConfigException e = refused("doors.8001.lock1.driver=http", "doors.8001.lock1.url=" + bad);
            assertEquals("doors.8001.lock1.url", e.key(), bad);
        }
    }

    @Test
    void commandLockTakesAProgramList() {
        LockConfig lock = door("doors.8001.lock1.driver=command", "doors.8001.lock1.command=[gpioset, gpiochip0, 17=1]")
                .lock1();
        assertEquals(List.of("gpioset", "gpiochip0", "17=1"), lock.command());
        assertEquals(List.of(), lock.relockCommand());
        assertEquals("doors.8001.lock1.command", refused("doors.8001.lock1.driver=command").key());
    }

    @Test
    void aKeyOfAnotherDriverIsRefusedNamingTheDriverThatUsesIt() {
        ConfigException e = refused("doors.8001.lock1.host=10.0.0.5");
        assertEquals("doors.8001.lock1.host", e.key());
        assertTrue(e.getMessage().contains("modbus-tcp") && e.getMessage().contains("simulator"), e.getMessage());
    }

    @Test
    void aPasswordGivenToTheWrongDriverIsNotEchoed() {
        ConfigException e = refused("doors.8001.lock1.password=Secret99");
        assertFalse(e.getMessage().contains("Secret99"), e.getMessage());
    }

    @Test
    void unknownDriverIsRefusedListingTheDrivers() {
        ConfigException e = refused("doors.8001.lock1.driver=zigbee");
        assertEquals("doors.8001.lock1.driver", e.key());
        assertTrue(e.getMessage().contains("modbus-rtu, modbus-tcp, http, command, none"), e.getMessage());
    }

    @Test
    void periodsOutOfRangeAreRefusedNamingTheKey() {
        assertEquals("doors.8001.lock1.unlock-period", refused("doors.8001.lock1.unlock-period=0").key());
        assertEquals("doors.8001.lock2.unlock-responding-interval",
                refused("doors.8001.lock2.unlock-responding-interval=601").key());
        assertEquals("doors.8001.lock1.retries", refused("doors.8001.lock1.retries=9").key());
        assertEquals("doors.8001.lock1.timeout-ms", refused("doors.8001.lock1.timeout-ms=5").key());
        assertEquals("doors.8001.digit-timeout", refused("doors.8001.digit-timeout=0").key());
        assertEquals("doors.8001.sensor.check-duration", refused("doors.8001.sensor.check-duration=0").key());
        assertEquals("logs.unlock-capacity", refused("logs.unlock-capacity=10").key());
    }

    @Test
    void sensorContactIsNoOrNc() {
        assertTrue(door("doors.8001.sensor.contact=no").sensor().closedContactMeansOpen(), "YAML reads NO as false");
        assertTrue(door("doors.8001.sensor.contact='NO'").sensor().closedContactMeansOpen());
        assertFalse(door("doors.8001.sensor.contact=NC").sensor().closedContactMeansOpen());
        ConfigException e = refused("doors.8001.sensor.contact=maybe");
        assertEquals("doors.8001.sensor.contact", e.key());
    }

    @Test
    void checkDoorSignalBeforeLockNeedsTheContact() {
        ConfigException e = refused("doors.8001.sensor.check-door-signal-before-lock=true");
        assertEquals("doors.8001.sensor.check-door-signal-before-lock", e.key());
        assertTrue(door("doors.8001.sensor.enable=true", "doors.8001.sensor.check-door-signal-before-lock=true")
                .sensor().checkDoorSignalBeforeLock());
    }

    @Test
    void sensorNeedsALock1DriverThatReadsContacts() {
        ConfigException e = refused("doors.8001.sensor.enable=true", "doors.8001.lock1.driver=command",
                "doors.8001.lock1.command=[/bin/true]");
        assertEquals("doors.8001.sensor.enable", e.key());
    }

    @Test
    void oneUnlockCommandMayNotBeginTheOther() {
        ConfigException e = refused("doors.8001.first-unlock-command=45");
        assertEquals("doors.8001.second-unlock-command", e.key());
        assertEquals("123", door("doors.8001.first-unlock-command=123").firstUnlockCommand());
    }

    @Test
    void lockTwoCanBeAbsent() {
        assertFalse(door("doors.8001.lock2.driver=none").lock2().present());
    }

    @Test
    void doorKeysSurviveExportAndImport() throws Exception {
        DoormanConfig c = loader.load(null, List.of("doors.8001.lock1.driver=modbus-tcp", "doors.8001.lock1.host=h",
                "doors.8001.lock2.driver=http", "doors.8001.lock2.url=http://d", "doors.8001.sensor.enable=true",
                "doors.8002.lock1.driver=command", "doors.8002.lock1.command=[/bin/true]", "doors.8001.clock-events=true"));
        Path file = dir.resolve("export.yaml");
        Files.writeString(file, loader.toYaml(c));
        assertEquals(c, loader.load(file, List.of()));
    }

    private DoorConfig door(String... overrides) {
        return loader.load(null, List.of(overrides)).door("8001");
    }

    private ConfigException refused(String... overrides) {
        return assertThrows(ConfigException.class, () -> loader.load(null, List.of(overrides)));
    }
}
