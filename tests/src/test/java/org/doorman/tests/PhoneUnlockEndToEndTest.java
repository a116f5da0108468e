package org.doorman.tests;

import static org.doorman.tests.UnlockLogAssertions.assertUnlock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 4 as it is shown: door station 8001 (sipp) calls room 9901, where a third-party phone (sipp) is
 * registered as extension 9901#1; the phone answers and types 456 by SIP INFO: the simulator opens lock 2
 * for the unlock period; a second 456 inside the unlock responding interval is refused and logged as
 * such. Before that, the right code from phones in no call with the door (INFOs outside any dialog, and
 * inside a call between two other phones) opens nothing and logs nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneUnlockEndToEndTest {
    private static final String PASSWORD = "Secret123";
    private static DoormanServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Programs.require("sipp", "sip-tester");
        server = DoormanServer.start("phone-unlock", "doors.8001.first-unlock-command=123");
        server.addDevices("vto", "8001", "Door1234");
        server.addDevices("vth", "9901", PASSWORD, "9901#1", PASSWORD, "9902", PASSWORD, "9903", PASSWORD);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static int registered(String number) throws Exception {
        int port = LoopbackPorts.freeTcpAndUdp();
        Sipp.Result r = Sipp.call(server.directory, "register.xml", server.sipPort, port, number.replace("#", "%23"),
                number, PASSWORD);
        assertTrue(r.succeeded(), r.report());
        return port;
    }

    @Test
    @Order(1)
    void infosOutsideAnyDialogAreRefusedAndOpenNothing() throws Exception {
        int phone = registered("9902");
        // Claiming a dialog (To tag) that does not go through doorman: 481 for each key.
        Sipp.Result claimed = Sipp.start(server.directory, "calls/phone-sends-stray-info.xml.in",
                Map.of("TO_TAG", ";tag=made-up", "EXPECTED", "481"), server.sipPort, phone, "8001", "9902", PASSWORD,
                "-set", "caller", "9902").await();
        assertTrue(claimed.succeeded(), claimed.report());
        // No dialog at all (no To tag): doorman takes no INFO outside a dialog (405) either.
        Sipp.Result outside = Sipp.start(server.directory, "calls/phone-sends-stray-info.xml.in",
                Map.of("TO_TAG", "", "EXPECTED", "405"), server.sipPort, phone, "8001", "9902", PASSWORD,
                "-set", "caller", "9902").await();
        assertTrue(outside.succeeded(), outside.report());

        assertNothingOpened();
    }

    @Test
    @Order(2)
    void theCodeTypedInACallBetweenTwoOtherPhonesOpensNothing() throws Exception {
        int callee = registered("9903");
        Sipp.Running answers = Sipp.start(server.directory, "calls/door-station-answers.xml", Map.of(), server.sipPort,
                callee, null, null, null);
        Sipp.Result caller = Sipp.call(server.directory, "calls/monitor-types-unlock-code.xml", server.sipPort,
                LoopbackPorts.freeTcpAndUdp(), "9903", "9902", PASSWORD, "-set", "caller", "9902");
        assertTrue(caller.succeeded(), caller.report());
        Sipp.Result answered = answers.await();
        assertTrue(answered.succeeded(), answered.report());
        assertTrue(answers.trace().contains("Signal=6"), "the keys did reach the other phone: " + answers.trace());

        assertNothingOpened();
    }

    @Test
    @Order(3)
    void thePhoneAnsweringTheDoorStationOpensLockTwoOnceAndTheSecondCodeIsRefused() throws Exception {
        int phonePort = registered("9901#1");
        Sipp.Running phone = Sipp.start(server.directory, "calls/phone-answers-types-456-twice.xml", Map.of(),
                server.sipPort, phonePort, null, null, null);
        Sipp.Result door = Sipp.call(server.directory, "calls/vto-calls-phone-types.xml", server.sipPort,
                LoopbackPorts.freeTcpAndUdp(), "9901", "8001", "Door1234", "-set", "caller", "8001");
        assertTrue(door.succeeded(), door.report());
        Sipp.Result answered = phone.await();
        assertTrue(answered.succeeded(), answered.report());

        JsonNode log = server.await("/api/logs/unlock", "two unlock log records", l -> l.size() >= 2);
        assertEquals(2, log.size(), log.toString());
        assertUnlock(log.get(0), "8001", 2, "DTMF", "9901#1", "OPENED");
        assertUnlock(log.get(1), "8001", 2, "DTMF", "9901#1", "REFUSED_INTERVAL");
        assertTrue(log.get(1).path("detail").asText().contains("5 s"), log.toString());
        assertEquals(log, server.cliJson("logs", "--type", "unlock", "--json"), "the CLI prints the same records");

        // The simulator's lock 2 opened, and was locked again once the 3 s unlock period was over.
        JsonNode lock2 = server.await("/api/doors/8001", "lock 2 locked again",
                d -> "LOCKED".equals(d.path("locks").get(1).path("state").asText())).path("locks").get(1);
        Instant opened = Instant.parse(lock2.path("lastOpened").asText());
        Instant relocked = Instant.parse(lock2.path("since").asText());
        assertTrue(Duration.between(opened, relocked).toMillis() >= 3000, lock2.toString());
        assertTrue(server.get("/api/doors/8001").path("locks").get(0).path("lastOpened").isNull(), "lock 1 stayed shut");
    }

    private static void assertNothingOpened() throws Exception {
        assertEquals(0, server.get("/api/logs/unlock").size(), server.get("/api/logs/unlock").toString());
        for (JsonNode lock : server.get("/api/doors/8001").path("locks")) {
            assertTrue(lock.path("lastOpened").isNull(), lock.toString());
            assertEquals("LOCKED", lock.path("state").asText(), lock.toString());
        }
    }
}
