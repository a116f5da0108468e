package org.doorman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.doorman.cli.CliRunner.Run;
import org.doorman.cli.server.DoormanServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * `doorman message` and `doorman logs --type alarm` against a real in-JVM server with no device
 * registered (delivery to registered devices is in sip-core's integration tests and the sipp
 * end-to-end test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessageAndAlarmCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path data;
    private DoormanServer server;

    @BeforeAll
    void start() throws Exception {
        server = CliRunner.startServer(data);
        assertEquals(0, cli("vth", "add", "9901", "--password", "Secret123").exit());
        assertEquals(0, cli("vth", "add", "9901#1", "--password", "Secret123").exit());
        assertEquals(0, cli("vto", "add", "8001", "--password", "Door1234").exit());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Run cli(String... args) {
        return new CliRunner(data).run(args);
    }

    @Test
    void aMessageToAnOfflineRoomSaysOfflinePerDevice() {
        Run r = cli("message", "--room", "9901", "--text", "Water off 10-12");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("9901    offline  not registered"), r.out());
        assertTrue(r.out().contains("9901#1  offline  not registered"), r.out());
        assertTrue(r.out().strip().endsWith("0 delivered, 2 offline, 0 failed"), r.out());
    }

    @Test
    void messageJsonHasCountsAndOneDeliveryPerDevice() throws Exception {
        JsonNode doc = JSON.readTree(cli("message", "--all", "--text", "Fire drill at 11", "--json").out());
        assertEquals("Fire drill at 11", doc.path("text").asText());
        assertEquals(0, doc.path("delivered").asInt());
        assertEquals(3, doc.path("offline").asInt(), "8001, 9901, 9901#1; never the server's own 8000");
        assertEquals(0, doc.path("failed").asInt());
        JsonNode first = doc.path("deliveries").get(0);
        assertEquals("8001", first.path("device").asText());
        assertEquals("offline", first.path("result").asText());
        assertTrue(first.path("status").isNull());
    }

    @Test
    void badAudiencesAndTextsAreRefusedNamingTheField() {
        Run unknown = cli("message", "--to", "5555", "--text", "x");
        assertEquals(1, unknown.exit());
        assertEquals("doorman: to: no device with number '5555'", unknown.err().strip());
        Run extension = cli("message", "--room", "9901#1", "--text", "x");
        assertEquals(1, extension.exit());
        assertTrue(extension.err().startsWith("doorman: room: '9901#1' is an extension"), extension.err());
        Run tooLong = cli("message", "--to", "9901", "--text", "é".repeat(651));
        assertEquals(1, tooLong.exit());
        assertTrue(tooLong.err().contains("text: the text is 1302 bytes"), tooLong.err());
        Run blank = cli("message", "--to", "9901", "--text", " ");
        assertEquals(1, blank.exit());
        assertTrue(blank.err().contains("text:"), blank.err());
        Run both = cli("message", "--to", "9901", "--all", "--text", "x");
        assertTrue(both.exit() != 0 && both.err().contains("mutually exclusive"), both.err());
    }

    @Test
    void theAlarmLogIsSearchableAsTableCsvAndJson() throws Exception {
        assertEquals("[]", JSON.readTree(cli("logs", "--type", "alarm", "--json").out()).toString());
        Run csv = cli("logs", "--type", "alarm", "--csv", "--from", "2026-01-01", "--to", "2026-01-02T08:00");
        assertEquals(0, csv.exit(), csv.err());
        assertEquals("time,device,kind,detail,id", csv.out().strip());
        assertTrue(cli("logs", "--type", "alarm").out().startsWith("TIME"));
    }

    @Test
    void aLogThatIsNotKeptIsRefusedNamingTheTypes() {
        Run r = cli("logs", "--type", "visitors");
        assertEquals(1, r.exit());
        assertEquals("doorman: type: no 'visitors' log: the logs kept are: call, alarm, unlock", r.err().strip());
        assertEquals(0, cli("logs", "--type", "call", "--csv").exit(), "the call log still answers");
    }
}
