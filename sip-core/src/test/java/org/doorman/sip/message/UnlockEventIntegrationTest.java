package org.doorman.sip.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.sip.DoorControl;
import org.doorman.sip.alarms.UnlockEvent;
import org.doorman.sip.support.Devices;
import org.doorman.sip.support.SipTestClient;
import org.doorman.sip.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Door stations' unlock events by MESSAGE over loopback: to door control only from a registered VTO. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnlockEventIntegrationTest {
    private static final String CARD_OPENED = "{\"Event\":\"Unlock\",\"Lock\":2,\"Method\":\"Card\",\"Who\":\"1A2B\","
            + "\"Result\":\"Opened\"}";
    @TempDir static Path dataDir;
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private volatile boolean storeFails;
    private TestServer server;
    private SipTestClient door;

    @BeforeAll
    void start() throws Exception {
        DoorControl doors = new DoorControl() {
            @Override
            public void dtmf(String callId, String doorStation, String pressedBy, char key, Instant at) {
            }

            @Override
            public void doorStationUnlocked(String doorStation, UnlockEvent event, Instant at) {
                if (storeFails) {
                    throw new IllegalStateException("database gone");
                }
                reported.add(doorStation + " " + event);
            }
        };
        server = new TestServer(dataDir, Clock.systemUTC(), doors);
        server.directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "Door1234"));
        server.directory.add(DeviceKind.VTO, DeviceSpec.of("8002", "Door5678"));
        server.directory.add(DeviceKind.VTH, DeviceSpec.of("9901", "Room1234"));
        door = new SipTestClient("udp");
        Devices.register(door, server.port, "8001", "8001", "Door1234");
    }

    @BeforeEach
    void clear() {
        reported.clear();
        storeFails = false;
    }

    @AfterAll
    void stop() {
        door.close();
        server.close();
    }

    private Response send(SipTestClient device, String from, String password, String body) throws Exception {
        Request r = device.message(server.port, from, "8000", "application/json", body.getBytes(StandardCharsets.UTF_8));
        return Devices.sendAuthenticated(device, r, from, password);
    }

    @Test
    void aRegisteredDoorStationsEventGoesToDoorControlAndIsAnswered200() throws Exception {
        int alarmsBefore = server.alarms.search(null, null, 10_000).size();
        assertEquals(200, send(door, "8001", "Door1234", CARD_OPENED).getStatusCode());
        assertEquals(List.of("8001 " + new UnlockEvent(2, "card", "1A2B", true, "")), reported);
        assertEquals(alarmsBefore, server.alarms.search(null, null, 10_000).size(), "not an alarm");
    }

    @Test
    void anEventThatCannotBeReadIs400WithTheReason() throws Exception {
        Response r = send(door, "8001", "Door1234", "{\"Event\":\"Unlock\",\"Lock\":7,\"Method\":\"Card\","
                + "\"Result\":\"Opened\"}");
        assertEquals(400, r.getStatusCode());
        assertEquals("Unlock Event Lock Must Be 1 Or 2", r.getReasonPhrase());
        assertTrue(reported.isEmpty());
    }

    @Test
    void aMonitorCannotReportAnUnlock() throws Exception {
        try (SipTestClient monitor = new SipTestClient("udp")) {
            Devices.register(monitor, server.port, "9901", "9901", "Room1234");
            Response r = send(monitor, "9901", "Room1234", CARD_OPENED);
            assertEquals(403, r.getStatusCode());
            assertTrue(reported.isEmpty());
        } finally {
            server.location.removeAll("9901");
        }
    }

    @Test
    void aDoorStationNotRegisteredFromWhereItSendsIsRefused() throws Exception {
        // 8002 knows its password but has never registered: its event is not taken.
        try (SipTestClient other = new SipTestClient("udp")) {
            Response r = send(other, "8002", "Door5678", CARD_OPENED);
            assertEquals(403, r.getStatusCode());
            assertEquals("Door Station Not Registered From This Address", r.getReasonPhrase());
        }
        // 8001's password from another address than 8001 registered from: refused too.
        try (SipTestClient impostor = new SipTestClient("udp", "127.0.0.2")) {
            assertEquals(403, send(impostor, "8001", "Door1234", CARD_OPENED).getStatusCode());
        }
        assertTrue(reported.isEmpty());
    }

    @Test
    void anUnauthenticatedEventIsChallengedAndNotTaken() throws Exception {
        Response r = door.send(door.message(server.port, "8001", "8000", "application/json",
                CARD_OPENED.getBytes(StandardCharsets.UTF_8)));
        assertEquals(407, r.getStatusCode());
        assertTrue(reported.isEmpty());
    }

    @Test
    void anEventThatCannotBeStoredIs500SoTheDoorStationSendsItAgain() throws Exception {
        storeFails = true;
        assertEquals(500, send(door, "8001", "Door1234", CARD_OPENED).getStatusCode());
    }
}
