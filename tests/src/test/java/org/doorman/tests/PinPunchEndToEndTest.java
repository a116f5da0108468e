package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attendance at door station 8001 (doors.8001.clock-events=true), packaged server, sipp devices: user 7
 * presents a card at the reader (an unlock and a CARD clock event), then, in a call door station 8001 makes
 * to room monitor 9901, types *7#4321# on the door station's own keypad, sent by SIP INFO from the door
 * station's leg: a PIN clock event at 8001 and no unlock. The monthly record shows both punches. With Keep
 * Door Open set, the same PIN typed again opens lock 1 (unlock log method ATTENDANCE).
 */
class PinPunchEndToEndTest {
    private static final String PASSWORD = "Secret123";
    private static DoormanServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Programs.require("sipp", "sip-tester");
        // No responding interval: the PIN of part (c) may open lock 1 moments after the card of part (a).
        server = DoormanServer.start("pin-punch", "doors.8001.clock-events=true",
                "doors.8001.lock1.unlock-responding-interval=0");
        server.addDevices("vth", "9901", PASSWORD);
        server.addDevices("vto", "8001", "Door1234");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCardAndAPinTypedAtTheDoorStationAreClockEventsAndThePinOpensOnlyWithKeepDoorOpen() throws Exception {
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        assertEquals(201, server.post("/api/users",
                "{\"userId\":7,\"name\":\"Ann\",\"cards\":[\"1A2B\"],\"pin\":\"4321\",\"lock1\":true}"));
        assertEquals(200, server.put("/api/attendance/settings", "{\"recheckIntervalMinutes\":0}"),
                "both punches count, a moment apart");

        // (a) the card at 8001's reader: lock 1 opens and it is a clock event
        assertEquals(200, server.post("/api/doors/8001/card", "{\"card\":\"1A2B\"}"));
        JsonNode unlocks = server.get("/api/logs/unlock");
        assertEquals(1, unlocks.size(), unlocks.toString());
        assertEquals("CARD", unlocks.get(0).path("method").asText());
        assertEquals("OPENED", unlocks.get(0).path("result").asText());

        // (b) 8001 calls room 9901 and types *7#4321# on its own keypad
        int roomPort = LoopbackPorts.freeTcpAndUdp();
        Sipp.Result registered = Sipp.call(server.directory, "register.xml", server.sipPort, roomPort, "9901", "9901",
                PASSWORD);
        assertTrue(registered.succeeded(), registered.report());
        Sipp.Running room = Sipp.start(server.directory, "calls/monitor-answers-keypad.xml", Map.of(), server.sipPort,
                roomPort, null, null, null);
        Sipp.Result door = Sipp.call(server.directory, "calls/vto-types-pin.xml", server.sipPort,
                LoopbackPorts.freeTcpAndUdp(), "9901", "8001", "Door1234", "-set", "caller", "8001");
        assertTrue(door.succeeded(), door.report());
        Sipp.Result answered = room.await();
        assertTrue(answered.succeeded(), answered.report());

        JsonNode events = awaitEvents(month, 2);
        List<String> seen = new ArrayList<>();
        for (JsonNode e : events) {
            seen.add(e.path("source").asText() + " " + e.path("userId").asInt() + " " + e.path("device").asText()
                    + " " + e.path("result").asText());
        }
        assertEquals(List.of("CARD 7 8001 ACCEPTED", "PIN 7 8001 ACCEPTED"), seen, events.toString());

        JsonNode after = server.get("/api/logs/unlock");
        assertEquals(1, after.size(), "the keypad sequence opened nothing: " + after);
        assertEquals("CARD", after.get(0).path("method").asText());

        JsonNode report = server.get("/api/attendance/report?month=" + month + "&user=7");
        assertEquals(7, report.path("people").get(0).path("userId").asInt(), report.toString());

        // (c) Keep Door Open for 20 s: the same PIN typed again holds lock 1 open, logged as ATTENDANCE
        assertEquals(200, server.put("/api/attendance/settings", "{\"keepDoorOpenSeconds\":20}"));
        Sipp.Running roomAgain = Sipp.start(server.directory, "calls/monitor-answers-keypad.xml", Map.of(),
                server.sipPort, roomPort, null, null, null);
        Sipp.Result doorAgain = Sipp.call(server.directory, "calls/vto-types-pin.xml", server.sipPort,
                LoopbackPorts.freeTcpAndUdp(), "9901", "8001", "Door1234", "-set", "caller", "8001");
        assertTrue(doorAgain.succeeded(), doorAgain.report());
        assertTrue(roomAgain.await().succeeded());
        assertEquals(3, awaitEvents(month, 3).size());
        JsonNode opened = awaitUnlocks(2);
        assertEquals(2, opened.size(), opened.toString());
        assertEquals("ATTENDANCE", opened.get(1).path("method").asText());
        assertEquals("OPENED", opened.get(1).path("result").asText());
        assertEquals("user 7 Ann (PIN)", opened.get(1).path("who").asText());
        assertEquals(1, opened.get(1).path("lock").asInt());
    }

    /** The unlock log, waiting briefly for the lock's answer (the unlock runs on the lock's own thread). */
    private static JsonNode awaitUnlocks(int count) throws Exception {
        JsonNode unlocks = null;
        for (int i = 0; i < 50; i++) {
            unlocks = server.get("/api/logs/unlock");
            if (unlocks.size() >= count) {
                return unlocks;
            }
            server.pollInterval();
        }
        return unlocks;
    }

    /** The month's record events, waiting briefly for the keypad punch (stored as the last INFO is handled). */
    private static JsonNode awaitEvents(String month, int count) throws Exception {
        JsonNode events = null;
        for (int i = 0; i < 50; i++) {
            events = server.get("/api/attendance/records?month=" + month).path("events");
            if (events.size() >= count) {
                return events;
            }
            server.pollInterval();
        }
        return events;
    }
}
