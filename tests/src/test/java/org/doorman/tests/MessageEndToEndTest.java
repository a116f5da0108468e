package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SIP MESSAGE against the packaged server with sipp devices: door station 8001 reports a door left
 * open to the server and it shows in the alarm log; an operator message sent through the API
 * reaches indoor monitor 9901; a door station's text reaches the monitor through the relay.
 */
class MessageEndToEndTest {
    private static final String PASSWORD = "Secret123";
    private static final String ALARM = "{\"Code\":\"AlarmLocal\",\"Action\":\"Start\","
            + "\"Data\":{\"SenseMethod\":\"DoorMagnetism\",\"Index\":0}}";
    private static DoormanServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Programs.require("sipp", "sip-tester");
        server = DoormanServer.start("messages");
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
    void aDoorStationAlarmToTheServerIsAnswered200AndLogged() throws Exception {
        Sipp.Result door = Sipp.start(server.directory, "messages/device-sends-message.xml.in",
                Map.of("CONTENT_TYPE", "application/json", "BODY", ALARM), server.sipPort,
                LoopbackPorts.freeTcpAndUdp(), "8000", "8001", "Door1234", "-set", "caller", "8001").await();
        assertTrue(door.succeeded(), door.report());

        JsonNode log = server.get("/api/logs/alarm");
        assertEquals(1, log.size(), log.toString());
        JsonNode alarm = log.get(0);
        assertEquals("8001", alarm.path("device").asText());
        assertEquals("DoorMagnetism", alarm.path("kind").asText());
        assertTrue(alarm.path("detail").asText().contains("\"SenseMethod\":\"DoorMagnetism\""), alarm.toString());
        assertTrue(alarm.path("time").asText().endsWith("Z"), alarm.toString());
        assertTrue(alarm.path("id").isNumber());
    }

    @Test
    void anOperatorMessageReachesARegisteredMonitorFromTheServerNumber() throws Exception {
        Sipp.Running monitor = monitorTakingOneMessage();

        JsonNode answer = server.postJson("/api/messages", "{\"to\":\"9901\",\"text\":\"Water off 10-12 today\"}");
        assertEquals(1, answer.path("delivered").asInt(), answer.toString());
        JsonNode delivery = answer.path("deliveries").get(0);
        assertEquals("9901", delivery.path("device").asText());
        assertEquals("delivered", delivery.path("result").asText());
        assertEquals(200, delivery.path("status").asInt());

        Sipp.Result r = monitor.await();
        assertTrue(r.succeeded(), r.report());
        String trace = monitor.trace();
        assertTrue(trace.contains("MESSAGE sip:9901@"), trace);
        assertTrue(trace.contains("sip:8000@"), "From the server's own number: " + trace);
        assertTrue(trace.contains("Water off 10-12 today"), trace);
    }

    @Test
    void aDoorStationsTextIsRelayedToTheRoom() throws Exception {
        Sipp.Running monitor = monitorTakingOneMessage();

        Sipp.Result door = Sipp.start(server.directory, "messages/device-sends-message.xml.in",
                Map.of("CONTENT_TYPE", "text/plain", "BODY", "Parcel left at the door"), server.sipPort,
                LoopbackPorts.freeTcpAndUdp(), "9901", "8001", "Door1234", "-set", "caller", "8001").await();
        assertTrue(door.succeeded(), door.report());
        Sipp.Result r = monitor.await();
        assertTrue(r.succeeded(), r.report());
        String trace = monitor.trace();
        assertTrue(trace.contains("Parcel left at the door") && trace.contains("Content-Type: text/plain"), trace);
    }

    /** A sipp indoor monitor registered as 9901, waiting for one MESSAGE to answer 200. */
    private static Sipp.Running monitorTakingOneMessage() throws Exception {
        int port = LoopbackPorts.freeTcpAndUdp();
        Sipp.Result registered = Sipp.call(server.directory, "register.xml", server.sipPort, port, "9901", "9901",
                PASSWORD);
        assertTrue(registered.succeeded(), registered.report());
        return Sipp.start(server.directory, "messages/device-receives-message.xml", Map.of(), server.sipPort, port,
                null, null, null);
    }

}
