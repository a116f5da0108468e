package org.doorman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.doorman.cli.client.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Door control through the CLI and the management API of a real in-JVM server on the simulator. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoorsCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    CliHarness h;
    ApiClient api;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        h = new CliHarness(dir, "doors.8001.sensor.enable=true", "doors.8001.lock1.unlock-responding-interval=600",
                "doors.8002.lock2.driver=none");
        api = new ApiClient(Files.readString(h.data.resolve("management.url")).strip(),
                Files.readString(h.data.resolve("admin.token")).strip());
    }

    @AfterAll
    void stop() {
        h.close();
    }

    @Test
    void doorsShowsEveryLockLockedAfterStart() throws Exception {
        JsonNode doors = JSON.readTree(h.run("doors", "--json").out());
        assertEquals(2, doors.size());
        JsonNode d8002 = doors.get(1);
        assertEquals("8002", d8002.path("door").asText());
        assertEquals(1, d8002.path("locks").size(), "lock 2 is driver: none");
        assertEquals("LOCKED", d8002.path("locks").get(0).path("state").asText());
        assertEquals("simulator", d8002.path("locks").get(0).path("driver").asText());
        CliHarness.Run text = h.run("doors", "--data", h.data.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("DOOR  LOCK  STATE") && text.out().contains("8002"), text.out());
    }

    @Test
    void anOperatorUnlocksAndASecondTryWithinTheIntervalIsRefusedWithTheReason() {
        CliHarness.Run first = h.run("unlock", "--door", "8001", "--lock", "1", "--who", "guard");
        assertEquals(0, first.exit(), first.err());
        assertEquals("door 8001 lock 1 opened", first.out().strip());
        CliHarness.Run second = h.run("unlock", "--door", "8001", "--lock", "1");
        assertEquals(1, second.exit());
        assertTrue(second.err().contains("REFUSED_INTERVAL") && second.err().contains("600 s"), second.err());
        JsonNode log = api.get("/api/logs/unlock");
        JsonNode opened = log.get(0);
        assertEquals("8001", opened.path("door").asText());
        assertEquals("OPERATOR", opened.path("method").asText());
        assertEquals("guard", opened.path("who").asText());
        assertEquals("OPENED", opened.path("result").asText());
        CliHarness.Run text = h.run("logs", "--type", "unlock", "--data", h.data.toString());
        assertTrue(text.out().contains("REFUSED_INTERVAL"), text.out());
    }

    @Test
    void aDoorStationWithoutDoorControlOrLockIsRefused() {
        CliHarness.Run run = h.run("unlock", "--door", "8009", "--lock", "1");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("REFUSED_NO_DOOR") && run.err().contains("doors.8009"), run.err());
        assertEquals(1, h.run("unlock", "--door", "8002", "--lock", "2").exit());
        CliHarness.Run bad = h.run("unlock", "--door", "8001", "--lock", "3");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("--lock"), bad.err());
    }

    @Test
    void aCardAtTheReaderOpensWhatItsOwnerMayOpen() {
        assertEquals(0, h.run("user", "add", "7", "--name", "Ann", "--card", "1A2B", "--lock2").exit());
        JsonNode results = api.post("/api/doors/8002/card", Map.of("card", "1a2b"));
        assertEquals("REFUSED_NO_RIGHT", results.get(0).path("result").asText(), "8002 has no lock 2");
        results = api.post("/api/doors/8001/card", Map.of("card", "1a2b"));
        assertEquals(1, results.size());
        assertEquals(2, results.get(0).path("lock").asInt());
        assertTrue(results.get(0).path("opened").asBoolean(), results.toString());
        assertEquals("CARD", results.get(0).path("method").asText());
    }

    @Test
    void theSimulatedDoorCanBeOpenedAndClosedThroughTheApi() {
        JsonNode door = api.post("/api/doors/8001/sensor", Map.of("open", true));
        // FORCED when both locks had been locked a while (other tests here may have just unlocked one).
        assertTrue(List.of("OPEN", "FORCED").contains(door.path("doorState").asText()), door.toString());
        door = api.post("/api/doors/8001/sensor", Map.of("open", false));
        assertEquals("CLOSED", door.path("doorState").asText());
        assertEquals("CLOSED", api.get("/api/doors/8001").path("doorState").asText());
    }

    @Test
    void badRequestsNameTheField() {
        CliHarness.Run bad = h.run("unlock", "--door", "80x1", "--lock", "1");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("door:"), bad.err());
        assertFalse(api.get("/api/logs/call").isMissingNode(), "the call log is still served");
        assertEquals(List.of(), JSON.convertValue(api.get("/api/logs/unlock?from=2000-01-01&to=2000-01-02"), List.class));
    }
}
