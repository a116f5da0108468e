package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registrar as devices meet it: the packaged server as a process, sipp as the device, the
 * management API as the installer's view. One server for the class; each test has its own numbers.
 */
class RegistrarEndToEndTest {
    private static final String PASSWORD = "Secret123";
    private static DoormanServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Programs.require("sipp", "sip-tester");
        server = DoormanServer.start("registrar");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void registerWithDigestShowsTheDeviceOnlineAtItsAddressAndPort() throws Exception {
        server.addDevices("vth", "1001", PASSWORD);
        int port = LoopbackPorts.freeTcpAndUdp();

        expectCall("register.xml", port, "1001", "1001", PASSWORD);

        JsonNode device = server.awaitDevice("1001", "online", d -> d.path("online").asBoolean());
        assertEquals("vth", device.path("kind").asText());
        JsonNode binding = device.path("bindings").path(0);
        assertEquals("127.0.0.1", binding.path("address").asText(), device.toString());
        assertEquals(port, binding.path("port").asInt(), device.toString());
        assertEquals("UDP", binding.path("transport").asText(), device.toString());
        long expiresIn = binding.path("expiresIn").asLong();
        assertTrue(expiresIn > 0 && expiresIn <= 3600, "expiresIn " + expiresIn + " not in (0, 3600]");
    }

    @Test
    void wrongPasswordGetsAFreshChallengeAndStaysOffline() throws Exception {
        server.addDevices("vth", "1002", PASSWORD);

        expectCall("register-wrong-password.xml", LoopbackPorts.freeTcpAndUdp(), "1002", "1002", "Wrong456");

        assertFalse(server.device("1002").orElseThrow().path("online").asBoolean());
    }

    @Test
    void fifthWrongPasswordLocksTheAccountSoTheSixthRegisterGets403EvenWithTheRightPassword() throws Exception {
        server.addDevices("vth", "1003", PASSWORD, "1004", PASSWORD);
        int port = LoopbackPorts.freeTcpAndUdp();
        for (int attempt = 1; attempt <= 4; attempt++) {
            expectCall("register-wrong-password.xml", port, "1003", "1003", "Wrong456");
        }
        // The 5th wrong password locks; its own answer may be the lock (403) or one more challenge.
        expectCall("register-rejected.xml", port, "1003", "1003", "Wrong456");

        expectCall("register-forbidden.xml", port, "1003", "1003", PASSWORD);

        assertFalse(server.device("1003").orElseThrow().path("online").asBoolean());
        // The lock is per account: another device at the same address still gets in.
        expectCall("register.xml", port, "1004", "1004", PASSWORD);
        server.awaitDevice("1004", "online", d -> d.path("online").asBoolean());
    }

    @Test
    void extensionSentAs9901Percent231RegistersAs9901Hash1() throws Exception {
        server.addDevices("vth", "9901", PASSWORD, "9901#1", "Extension1");
        int port = LoopbackPorts.freeTcpAndUdp();

        expectCall("register.xml", port, "9901%231", "9901#1", "Extension1");

        JsonNode extension = server.awaitDevice("9901#1", "online", d -> d.path("online").asBoolean());
        assertEquals(port, extension.path("bindings").path(0).path("port").asInt(), extension.toString());
        assertFalse(server.device("9901").orElseThrow().path("online").asBoolean(),
                "the main monitor 9901 did not register, only its extension");
    }

    @Test
    void unregisterWithExpiresZeroMakesTheDeviceOffline() throws Exception {
        server.addDevices("vth", "1005", PASSWORD);
        int port = LoopbackPorts.freeTcpAndUdp();
        expectCall("register.xml", port, "1005", "1005", PASSWORD);
        server.awaitDevice("1005", "online", d -> d.path("online").asBoolean());

        expectCall("unregister.xml", port, "1005", "1005", PASSWORD);

        JsonNode device = server.awaitDevice("1005", "offline", d -> !d.path("online").asBoolean());
        assertEquals(0, device.path("bindings").size(), device.toString());
    }

    private static void expectCall(String scenario, int localPort, String service, String authUser, String password)
            throws IOException, InterruptedException {
        Sipp.Result result = Sipp.call(server.directory, scenario, server.sipPort, localPort, service, authUser, password);
        assertTrue(result.succeeded(), () -> scenario + " as " + service + " failed (sipp exit " + result.exitCode()
                + ")\n" + result.report() + "\n--- doorman log tail\n" + server.logTail());
    }
}
