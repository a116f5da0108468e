package org.doorman.sip.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.sip.address.SipURI;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.sip.alarms.AlarmRecord;
import org.doorman.sip.support.Devices;
import org.doorman.sip.support.SipTestClient;
import org.doorman.sip.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Door stations' alarm MESSAGEs to the server over loopback: 200, the alarm log, the centres. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlarmMessageIntegrationTest {
    private static final String DOOR_PW = "Door1234";
    private static final String ALARM = "{\"Code\":\"AlarmLocal\",\"Action\":\"Start\",\"Data\":{\"SenseMethod\":"
            + "\"DoorMagnetism\",\"LocaleTime\":\"2026-11-22 08:30:00\"}}";
    @TempDir static Path dataDir;
    private TestServer server;
    private SipTestClient door;

    @BeforeAll
    void start() throws Exception {
        server = new TestServer(dataDir);
        server.directory.add(DeviceKind.VTO, DeviceSpec.of("8001", DOOR_PW));
        door = new SipTestClient("udp");
    }

    @AfterAll
    void stop() {
        door.close();
        server.close();
    }

    private Response alarm(String to, String type, String body) throws Exception {
        Request r = door.message(server.port, "8001", to, type, body.getBytes(StandardCharsets.UTF_8));
        return Devices.sendAuthenticated(door, r, "8001", DOOR_PW);
    }

    private AlarmRecord last() {
        List<AlarmRecord> all = server.alarms.search(null, null, 10_000);
        return all.get(all.size() - 1);
    }

    @Test
    void aJsonAlarmToTheServerNumberIsAcceptedAndLogged() throws Exception {
        assertEquals(200, alarm("8000", "application/json", ALARM).getStatusCode());
        AlarmRecord a = last();
        assertEquals("8001", a.device());
        assertEquals("DoorMagnetism", a.kind());
        assertTrue(a.detail().contains("\"Action\":\"Start\""), a.detail());
    }

    @Test
    void plainTextToTheServerWithoutUserPartIsLoggedAsText() throws Exception {
        assertEquals(200, alarm(null, "text/plain", "Tamper switch opened").getStatusCode());
        AlarmRecord a = last();
        assertEquals("text", a.kind());
        assertEquals("Tamper switch opened", a.detail());
    }

    @Test
    void anEmptyMessageToTheServerIsStillAcceptedNever405() throws Exception {
        assertEquals(200, alarm("8000", null, "").getStatusCode());
    }

    @Test
    void anUnauthenticatedAlarmIsChallengedAndNotLogged() throws Exception {
        int before = server.alarms.search(null, null, 10_000).size();
        Response r = door.send(door.message(server.port, "8001", "8000", "application/json",
                ALARM.getBytes(StandardCharsets.UTF_8)));
        assertEquals(407, r.getStatusCode());
        assertEquals(before, server.alarms.search(null, null, 10_000).size());
    }

    @Test
    void theCentreNumberWithoutAnyCentreIsRecordedNotRefused() throws Exception {
        assertTrue(server.directory.list(DeviceKind.VTS).isEmpty());
        assertEquals(200, alarm("888888", "text/plain", "Help at gate").getStatusCode());
        assertEquals("Help at gate", last().detail());
    }

    @Test
    void anAlarmIsPassedOnToEveryRegisteredCentreFromTheDoorStation() throws Exception {
        server.directory.add(DeviceKind.VTS, DeviceSpec.of("9100", "Guard1234"));
        try (SipTestClient guard = new SipTestClient("udp")) {
            Devices.register(guard, server.port, "9100", "9100", "Guard1234");
            guard.answerWith = 500; // a centre in trouble does not make the door station's alarm fail
            assertEquals(200, alarm("888888", "application/json", ALARM).getStatusCode());
            Request got = guard.nextRequest();
            assertEquals(Request.MESSAGE, got.getMethod());
            assertEquals("8001", ((SipURI) ((FromHeader) got.getHeader(FromHeader.NAME)).getAddress().getURI()).getUser());
            assertArrayEquals(ALARM.getBytes(StandardCharsets.UTF_8), got.getRawContent());
            assertEquals("DoorMagnetism", last().kind());
        } finally {
            server.location.removeAll("9100");
            server.directory.remove(DeviceKind.VTS, "9100");
        }
    }
}
