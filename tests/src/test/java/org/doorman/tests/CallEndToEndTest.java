package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A visitor presses the button on door station 8001: room 9901's main monitor and both extensions
 * ring (three sipp devices on their own ports), the first to answer talks, the other two are
 * cancelled, BYE ends it, and the call log says who answered.
 */
class CallEndToEndTest {
    private static final String PASSWORD = "Secret123";
    private static DoormanServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Programs.require("sipp", "sip-tester");
        server = DoormanServer.start("calls");
        server.addDevices("vth", "9901", PASSWORD, "9901#1", PASSWORD, "9901#2", PASSWORD);
        server.addDevices("vto", "8001", "Door1234");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void groupCallRingsEveryMonitorFirstAnswerWinsOthersAreCancelled() throws Exception {
        String[] monitors = {"9901", "9901#1", "9901#2"};
        String[] answerAfterMs = {"4000", "700", "4000"};
        List<Sipp.Running> answering = new ArrayList<>();
        for (int i = 0; i < monitors.length; i++) {
            int port = LoopbackPorts.freeTcpAndUdp();
            Sipp.Result registered = Sipp.call(server.directory, "register.xml", server.sipPort, port,
                    monitors[i].replace("#", "%23"), monitors[i], PASSWORD);
            assertTrue(registered.succeeded(), registered.report());
            answering.add(Sipp.start(server.directory, "calls/monitor-answers-or-cancelled.xml.in",
                    Map.of("ANSWER_DELAY", answerAfterMs[i]), server.sipPort, port, null, null, null));
        }
        Sipp.Result caller = Sipp.call(server.directory, "calls/vto-calls-room.xml", server.sipPort,
                LoopbackPorts.freeTcpAndUdp(), "9901", "8001", "Door1234", "-set", "caller", "8001");
        assertTrue(caller.succeeded(), caller.report());

        List<String> reports = new ArrayList<>();
        for (Sipp.Running monitor : answering) {
            Sipp.Result r = monitor.await();
            assertTrue(r.succeeded(), r.report());
            reports.add(monitor.trace());
        }
        assertTrue(reports.get(1).contains("SIP/2.0 200 OK") && reports.get(1).contains("BYE sip:"),
                "9901#1 answered and got the BYE");
        for (int i : new int[] {0, 2}) {
            assertTrue(reports.get(i).contains("INVITE sip:"), monitors[i] + " rang");
            assertTrue(reports.get(i).contains("CANCEL sip:"), monitors[i] + " was cancelled");
        }

        JsonNode log = server.get("/api/logs/call");
        assertEquals(1, log.size(), log.toString());
        JsonNode record = log.get(0);
        assertEquals("8001", record.path("caller").asText());
        assertEquals("9901", record.path("callee").asText());
        assertEquals("9901#1", record.path("answeredBy").asText());
        assertEquals("answered", record.path("result").asText());
    }

}
