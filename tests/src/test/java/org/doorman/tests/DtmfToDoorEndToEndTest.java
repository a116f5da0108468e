package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A door station that opens its own lock on its unlock code and hears keys only in its media
 * (doors.8003.dtmf-to-door: rfc4733): a sipp monitor calls it and types 456 by SIP INFO; doorman
 * opens lock 2 itself and also plays 4, 5, 6 to the door station (a baresip) as RFC 4733 events.
 */
class DtmfToDoorEndToEndTest {
    private static final String PASSWORD = "Secret123";
    private static DoormanServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Programs.require("baresip", "baresip-core");
        Programs.require("sipp", "sip-tester");
        server = DoormanServer.start("dtmf-to-door", "sip.digest-algorithms=[MD5]",
                "doors.8003.first-unlock-command=123", "doors.8003.dtmf-to-door=rfc4733");
        server.addDevices("vth", "9903", PASSWORD);
        server.addDevices("vto", "8003", PASSWORD);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void keysTypedByInfoReachTheDoorStationAsTelephoneEvents() throws Exception {
        Path dir = server.directory.resolve("door-phone");
        try (Baresip door = Baresip.start(dir, "8003", PASSWORD, server.sipPort, "udp", "",
                ToneFile.write(dir.resolve("tone.wav")))) {
            server.awaitDevice("8003", "online", d -> d.path("online").asBoolean());
            Sipp.Running monitor = Sipp.start(server.directory, "calls/monitor-types-unlock-code.xml", Map.of(),
                    server.sipPort, LoopbackPorts.freeTcpAndUdp(), "8003", "9903", PASSWORD, "-set", "caller", "9903");
            door.await("CALL_INCOMING", Duration.ofSeconds(20));
            door.command("accept", "");
            Sipp.Result typed = monitor.await();
            assertTrue(typed.succeeded(), typed.report());

            JsonNode unlocks = server.await("/api/logs/unlock", "the unlock of lock 2", log -> log.size() > 0,
                    Duration.ofSeconds(10));
            assertEquals(2, unlocks.get(0).path("lock").asInt(), unlocks.toString());
            assertEquals("OPENED", unlocks.get(0).path("result").asText(), unlocks.toString());

            List<JsonNode> keys = door.awaitEvents("CALL_DTMF_START", 3, Duration.ofSeconds(10));
            assertEquals(List.of("4", "5", "6"), keys.stream().map(k -> k.path("param").asText()).toList(),
                    "keys the door station heard: " + keys + "\n" + door.tail());
            // baresip logs "received event" only for RFC 4733 in its media ("received DTMF" for SIP INFO).
            String heard = door.tail();
            for (String key : List.of("4", "5", "6")) {
                assertTrue(heard.contains("received event: '" + key + "'"), "key " + key + " by RFC 4733:\n" + heard);
            }
            assertTrue(!heard.contains("received DTMF"), "the INFO was not passed on as well:\n" + heard);
        }
    }
}
