package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nobody is home: door station 8001 calls room 9902, its monitor rings but nobody answers, and after
 * sip.forward-to-centre-after the call goes on to the guard station 9100, which answers.
 */
class CentreForwardingEndToEndTest {
    @Test
    void unansweredRoomCallFromTheDoorGoesToTheCentre() throws Exception {
        Programs.require("sipp", "sip-tester");
        try (DoormanServer server = DoormanServer.start("forward", "sip.forward-to-centre-after=2")) {
            server.addDevices("vth", "9902", "Secret123");
            server.addDevices("vts", "9100", "Guard1234");
            server.addDevices("vto", "8001", "Door1234");
            int monitorPort = LoopbackPorts.freeTcpAndUdp();
            int guardPort = LoopbackPorts.freeTcpAndUdp();
            assertTrue(Sipp.call(server.directory, "register.xml", server.sipPort, monitorPort, "9902", "9902",
                    "Secret123").succeeded());
            assertTrue(Sipp.call(server.directory, "register.xml", server.sipPort, guardPort, "9100", "9100",
                    "Guard1234").succeeded());
            Sipp.Running monitor = Sipp.start(server.directory, "calls/monitor-answers-or-cancelled.xml.in",
                    Map.of("ANSWER_DELAY", "15000"), server.sipPort, monitorPort, null, null, null);
            Sipp.Running guard = Sipp.start(server.directory, "calls/monitor-answers-or-cancelled.xml.in",
                    Map.of("ANSWER_DELAY", "300"), server.sipPort, guardPort, null, null, null);

            Sipp.Result caller = Sipp.call(server.directory, "calls/vto-calls-room.xml", server.sipPort,
                    LoopbackPorts.freeTcpAndUdp(), "9902", "8001", "Door1234", "-set", "caller", "8001");
            assertTrue(caller.succeeded(), caller.report());
            Sipp.Result m = monitor.await();
            assertTrue(m.succeeded(), m.report());
            assertTrue(m.report().contains("CANCEL sip:"), "the monitor got a CANCEL:\n" + m.report());
            Sipp.Result g = guard.await();
            assertTrue(g.succeeded(), g.report());

            JsonNode record = server.get("/api/logs/call").get(0);
            assertEquals("9902", record.path("callee").asText());
            assertEquals("9100", record.path("answeredBy").asText());
            assertEquals("answered", record.path("result").asText());
        }
    }
}
