package org.doorman.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private final ConfigLoader loader = new ConfigLoader();
    @TempDir Path dir;

    @Test
    void bundledDefaultsMatchTheDocumentedContract() {
        DoormanConfig c = loader.defaults();
        assertEquals(5060, c.sip().udpPort());
        assertEquals(5060, c.sip().tcpPort());
        assertEquals(5061, c.sip().tlsPort());
        assertEquals("888888", c.sip().centreNumber());
        assertEquals("127.0.0.1", c.management().address());
        assertEquals(8088, c.management().port());
        assertTrue(c.storage().embedded());
        assertEquals(20000, c.media().rtpPorts().first());
        assertEquals(5, c.security().lockoutAttempts());
        assertEquals(5, c.security().lockoutMinutes());
        assertEquals("456", c.door("8001").secondUnlockCommand());
        assertTrue(c.sip().centrePeriod().isEmpty());
    }

    @Test
    void fileOverridesDefaultsKeyByKey() throws Exception {
        Path file = write("sip:\n  udp-port: 5070\nmanagement:\n  port: 9000\n");
        DoormanConfig c = loader.load(file, List.of());
        assertEquals(5070, c.sip().udpPort());
        assertEquals(5060, c.sip().tcpPort());
        assertEquals(9000, c.management().port());
    }

    @Test
    void setOverridesWinOverTheFile() throws Exception {
        Path file = write("sip:\n  udp-port: 5070\n");
        DoormanConfig c = loader.load(file, List.of("sip.udp-port=5080", "doors.8001.second-unlock-command=789",
                "sip.calling-centre-period=08:00-20:00", "sip.digest-algorithms=[MD5]"));
        assertEquals(5080, c.sip().udpPort());
        assertEquals("789", c.door("8001").secondUnlockCommand());
        assertEquals(LocalTime.of(8, 0), c.sip().centrePeriod().orElseThrow().start());
        assertEquals(List.of("MD5"), c.sip().digestAlgorithms());
    }

    @Test
    void unknownKeyIsNamedWithTheKnownOnes() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(null, List.of("sip.udp-prot=5070")));
        assertEquals("sip.udp-prot", e.key());
        assertTrue(e.getMessage().contains("unknown configuration key"), e.getMessage());
        assertTrue(e.getMessage().contains("udp-port"), e.getMessage());
    }

    @Test
    void unknownSectionIsRefused() {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(null, List.of("sipp.x=1")));
        assertEquals("sipp", e.key());
    }

    @Test
    void portOutOfRangeNamesKeyValueAndRange() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(null, List.of("sip.udp-port=70000")));
        assertEquals("sip.udp-port: '70000' is not allowed; a port number from 1 to 65535", e.getMessage());
    }

    @Test
    void portThatIsNotANumberIsRefused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(null, List.of("management.port=abc")));
        assertEquals("management.port", e.key());
        assertTrue(e.getMessage().contains("'abc'") && e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void malformedPeriodIsRefusedWithTheExpectedForm() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(null, List.of("sip.calling-centre-period=25:00-18:00")));
        assertEquals("sip.calling-centre-period", e.key());
        assertTrue(e.getMessage().contains("'25:00-18:00'") && e.getMessage().contains("HH:MM-HH:MM"), e.getMessage());
    }

    @Test
    void malformedPortRangeIsRefused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(null, List.of("media.rtp-ports=30000-20000")));
        assertEquals("media.rtp-ports", e.key());
        assertTrue(e.getMessage().contains("FIRST-LAST"), e.getMessage());
    }

    @Test
    void adminPasswordBreakingThePolicyIsRefusedWithoutEchoingIt() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(null, List.of("security.admin-password=onlylowercase")));
        assertEquals("security.admin-password", e.key());
        assertTrue(!e.getMessage().contains("onlylowercase") && e.getMessage().contains("two of"), e.getMessage());
    }

    @Test
    void doorKeyMustBeAVtoNumber() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(null, List.of("doors.front.second-unlock-command=456")));
        assertEquals("doors.front", e.key());
    }

    @Test
    void badUnlockCommandNamesTheFullKey() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(null, List.of("doors.8001.second-unlock-command=12a")));
        assertEquals("doors.8001.second-unlock-command", e.key());
    }

    @Test
    void crossFieldRuleNamesTheKey() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(null, List.of("sip.min-expires=600", "sip.max-expires=300")));
        assertEquals("sip.max-expires", e.key());
    }

    @Test
    void setWithoutEqualsSignIsRefused() {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(null, List.of("sip.udp-port")));
        assertEquals("--set", e.key());
    }

    @Test
    void invalidYamlFileGivesLine() throws Exception {
        Path file = write("sip:\n  udp-port: [\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file, List.of()));
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void exportedYamlLoadsBackToTheSameConfig() throws Exception {
        DoormanConfig c = loader.load(null, List.of("sip.udp-port=5090", "doors.8001.first-unlock-command=123"));
        Path file = write(loader.toYaml(c));
        assertEquals(c, loader.load(file, List.of()));
    }

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("doorman.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
