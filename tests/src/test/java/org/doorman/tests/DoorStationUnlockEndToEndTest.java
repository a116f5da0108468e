package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Door station 8001 (sipp), registered, reports by SIP MESSAGE that it opened its own lock 2 with a card:
 * the packaged server answers 200 and the unlock log has it, method DOOR_STATION; an event it cannot read
 * is answered 400 with the reason and logs nothing.
 */
class DoorStationUnlockEndToEndTest {
    private static final String PASSWORD = "Door1234";
    private static DoormanServer server;
    private static int doorPort;

    @BeforeAll
    static void startServer() throws Exception {
        Programs.require("sipp", "sip-tester");
        server = DoormanServer.start("door-station-unlock");
        server.addDevices("vto", "8001", PASSWORD);
        doorPort = LoopbackPorts.freeTcpAndUdp();
        Sipp.Result registered = Sipp.call(server.directory, "register.xml", server.sipPort, doorPort, "8001", "8001",
                PASSWORD);
        assertTrue(registered.succeeded(), registered.report());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** The door station's MESSAGE to the server number 8000, from its registered address; `answer` expected. */
    private static Sipp.Running report(String body, int answer) throws Exception {
        // The scenario ends on <recv response="200"/>; a refusal is expected by swapping that line.
        return Sipp.start(server.directory, "messages/device-sends-message.xml.in", Map.of("CONTENT_TYPE",
                "application/json", "BODY", body, "<recv response=\"200\"/>", "<recv response=\"" + answer + "\"/>"),
                server.sipPort, doorPort, "8000", "8001", PASSWORD, "-set", "caller", "8001");
    }

    @Test
    void aCardOpeningReportedByTheDoorStationIsInTheUnlockLogAndABadOneIsRefused() throws Exception {
        Sipp.Result opened = report("{\"Event\":\"Unlock\",\"Lock\":2,\"Method\":\"Card\",\"Who\":\"1A2B\","
                + "\"Result\":\"Opened\"}", 200).await();
        assertTrue(opened.succeeded(), opened.report());

        JsonNode log = server.get("/api/logs/unlock");
        assertEquals(1, log.size(), log.toString());
        UnlockLogAssertions.assertUnlock(log.get(0), "8001", 2, "DOOR_STATION", "card 1A2B", "OPENED");

        Sipp.Running bad = report("{\"Event\":\"Unlock\",\"Lock\":9,\"Method\":\"Card\",\"Result\":\"Opened\"}", 400);
        Sipp.Result refused = bad.await();
        assertTrue(refused.succeeded(), refused.report());
        assertTrue(bad.trace().contains("SIP/2.0 400 Unlock Event Lock Must Be 1 Or 2"), bad.trace());
        assertEquals(1, server.get("/api/logs/unlock").size(), "nothing logged for the bad event");
    }
}
