package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Monitor 9901 calls door station 8001 (a sipp device on each side), types the second unlock command
 * 456 by SIP INFO, and the packaged server opens lock 2 (the simulator) and logs it as a DTMF unlock
 * by 9901: the SIP side's DTMF keys reaching lock-gateway's DtmfUnlock through DoormanServer.
 */
class DtmfUnlockEndToEndTest {
    private static final String PASSWORD = "Secret123";
    private static DoormanServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Programs.require("sipp", "sip-tester");
        server = DoormanServer.start("dtmf-unlock", "doors.8001.first-unlock-command=123");
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
    void theMonitorTypesTheSecondUnlockCommandAndLockTwoOpens() throws Exception {
        int doorPort = LoopbackPorts.freeTcpAndUdp();
        Sipp.Result registered = Sipp.call(server.directory, "register.xml", server.sipPort, doorPort, "8001", "8001",
                "Door1234");
        assertTrue(registered.succeeded(), registered.report());
        Sipp.Running door = Sipp.start(server.directory, "calls/door-station-answers.xml", Map.of(), server.sipPort,
                doorPort, null, null, null);
        Sipp.Result monitor = Sipp.call(server.directory, "calls/monitor-types-unlock-code.xml", server.sipPort,
                LoopbackPorts.freeTcpAndUdp(), "8001", "9901", PASSWORD, "-set", "caller", "9901");
        assertTrue(monitor.succeeded(), monitor.report());
        Sipp.Result answered = door.await();
        assertTrue(answered.succeeded(), answered.report());

        JsonNode log = server.get("/api/logs/unlock");
        assertEquals(1, log.size(), log.toString());
        UnlockLogAssertions.assertUnlock(log.get(0), "8001", 2, "DTMF", "9901", "OPENED");
        JsonNode locks = server.get("/api/doors/8001").path("locks");
        assertFalse(locks.get(1).path("lastOpened").isNull(), locks.toString());
        assertTrue(locks.get(0).path("lastOpened").isNull(), "lock 1 stayed shut");
    }
}
