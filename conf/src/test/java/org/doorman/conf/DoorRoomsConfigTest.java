package org.doorman.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doors.N.rooms: the rooms a door station serves, whose monitors hear its door state. */
class DoorRoomsConfigTest {
    private final ConfigLoader loader = new ConfigLoader();
    @TempDir Path dir;

    @Test
    void noRoomsListedMeansEveryRoom() {
        assertEquals(List.of(), loader.defaults().door("8001").rooms());
        assertEquals(List.of(), loader.load(null, List.of("doors.8001.sensor.enable=true")).door("8001").rooms());
    }

    @Test
    void roomsFromSetAreRoomNumbersInOrderWithoutRepeats() {
        DoorConfig door = loader.load(null, List.of("doors.8001.rooms=[9902, 9901, 9902]")).door("8001");
        assertEquals(List.of("9902", "9901"), door.rooms());
    }

    @Test
    void quotedRoomNumbersKeepTheirLeadingZeros() throws Exception {
        Path file = dir.resolve("doorman.yaml");
        Files.writeString(file, "doors:\n  \"8001\":\n    rooms: [\"0101\", \"0102\"]\n");
        assertEquals(List.of("0101", "0102"), loader.load(file, List.of()).door("8001").rooms());
    }

    @Test
    void anExtensionOrSomethingElseIsRefusedNamingTheKey() {
        for (String bad : List.of("[9901#1]", "[abc]", "[1234567]", "[~]")) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> loader.load(null, List.of("doors.8001.rooms=" + bad)), bad);
            assertEquals("doors.8001.rooms", e.key(), e.getMessage());
            assertTrue(e.getMessage().contains("room numbers of 1 to 6 digits"), e.getMessage());
        }
    }

    @Test
    void roomsSurviveExportAndImport() throws Exception {
        DoormanConfig c = loader.load(null, List.of("doors.8001.rooms=[\"0101\", 9901]"));
        Path file = dir.resolve("export.yaml");
        Files.writeString(file, loader.toYaml(c));
        assertEquals(List.of("0101", "9901"), loader.load(file, List.of()).door("8001").rooms());
    }
}
