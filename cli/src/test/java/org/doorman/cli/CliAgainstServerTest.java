package org.doorman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.doorman.cli.server.DoormanServer;
import org.doorman.conf.ConfigLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as an operator uses it, against a real server in this JVM on loopback ports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliAgainstServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path data;
    private DoormanServer server;

    /** What one CLI run printed and returned. */
    record Run(int exit, String out, String err) {}

    @BeforeAll
    void start() throws Exception {
        int sip = freePort();
        server = DoormanServer.start(new ConfigLoader().load(null, List.of("sip.address=127.0.0.1",
                "sip.udp-port=" + sip, "sip.tcp-port=" + sip, "sip.tls-port=" + freePort(),
                "management.port=" + freePort())), data);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        int exit = cmd.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void adminTokenIsReadableByItsOwnerOnly() throws Exception {
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(data.resolve("admin.token")));
    }

    @Test
    void addListModifyRemoveARoomAndItsExtension() throws Exception {
        assertEquals(0, cli("vth", "add", "9901", "--password", "Secret123", "--first-name", "Ann").exit());
        assertEquals(0, cli("vth", "add", "9901#1", "--password", "Secret123", "--phone").exit());
        JsonNode list = JSON.readTree(cli("vth", "list", "--json").out());
        assertEquals("9901", list.get(0).path("number").asText());
        assertEquals("Ann", list.get(0).path("firstName").asText());
        assertTrue(list.get(1).path("phone").asBoolean());
        assertFalse(list.toString().contains("Secret123"), "passwords are never shown");

        assertEquals(0, cli("vth", "modify", "9901", "--nick-name", "A").exit());
        assertTrue(cli("vth", "list").out().contains("Ann (A)"));

        Run busy = cli("vth", "remove", "9901");
        assertEquals(1, busy.exit());
        assertTrue(busy.err().contains("still has extensions 9901#1"), busy.err());
        assertEquals(0, cli("vth", "remove", "9901#1").exit());
        assertEquals(0, cli("vth", "remove", "9901").exit());
    }

    @Test
    void badInputIsOneLineNamingTheField() {
        Run bad = cli("vto", "add", "80a1", "--password", "Door1234");
        assertEquals(1, bad.exit());
        assertEquals("doorman: number: '80a1' is not a vto number: 1 to 9 digits", bad.err().strip());
        Run noPassword = cli("vto", "add", "8009");
        assertEquals(1, noPassword.exit());
        assertTrue(noPassword.err().contains("--password is required"), noPassword.err());
        Run weak = cli("vts", "add", "9001", "--password", "a b");
        assertTrue(weak.err().startsWith("doorman: password:"), weak.err());
    }

    @Test
    void serverOwnEntryCannotBeRemovedOrCleared() throws Exception {
        Run r = cli("vto", "remove", "8000");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("cannot be removed"), r.err());
        assertEquals(0, cli("vto", "add", "8002", "--password", "Door1234").exit());
        assertEquals(1, cli("vto", "clear").exit(), "clear asks for --yes");
        assertEquals(0, cli("vto", "clear", "--yes").exit());
        JsonNode list = JSON.readTree(cli("vto", "list", "--json").out());
        assertEquals(1, list.size());
        assertTrue(list.get(0).path("server").asBoolean());
    }

    @Test
    void statusJsonListsEveryDevice() throws Exception {
        cli("vts", "add", "9100", "--password", "Guard1234");
        JsonNode status = JSON.readTree(cli("status", "--json").out());
        assertTrue(status.path("total").asInt() >= 2);
        boolean found = false;
        for (JsonNode d : status.path("devices")) {
            if (d.path("number").asText().equals("9100")) {
                found = true;
                assertEquals("vts", d.path("kind").asText());
                assertFalse(d.path("online").asBoolean());
            }
        }
        assertTrue(found);
    }

    @Test
    void initEnforcesThePolicyThenSetsThePasswordOnce() {
        Run weak = cli("init", "--password", "password");
        assertEquals(1, weak.exit());
        assertTrue(weak.err().contains("two of"), weak.err());
        assertEquals(0, cli("init", "--password", "Building#2024").exit());
        Run again = cli("init", "--password", "Building#2025");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already initialized"), again.err());
    }

    @Test
    void unreachableServerIsExitCodeTwoWithAHint() {
        Run r = cli("status", "--server", "http://127.0.0.1:1", "--token", "x");
        assertEquals(2, r.exit());
        assertEquals("doorman: cannot reach doorman at http://127.0.0.1:1: is it running?", r.err().strip());
    }

    @Test
    void wrongTokenIsRefused() {
        Run r = cli("status", "--token", "not-the-token");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("admin token"), r.err());
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
