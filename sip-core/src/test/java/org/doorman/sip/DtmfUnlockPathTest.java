package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.auth.DigestAlgorithm;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.registrar.location.ContactUpdate;
import org.doorman.registrar.location.RegisterOutcome;
import org.doorman.registrar.location.RegisterRequest;
import org.doorman.sip.support.Answerer;
import org.doorman.sip.support.SipTestClient;
import org.doorman.sip.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which DTMF keys reach door control: only those sent by INFO from the authenticated, answered party
 * of a call with a door station, from that party's own address, once per INFO.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DtmfUnlockPathTest {
    @TempDir static Path dataDir;
    private final BlockingQueue<String> pressed = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> keypad = new LinkedBlockingQueue<>();
    private TestServer server;
    private SipTestClient monitor;

    @BeforeAll
    void start() throws Exception {
        DoorControl recording = new DoorControl() {
            @Override
            public void dtmf(String callId, String door, String by, char key, java.time.Instant at) {
                pressed.add(door + "/" + by + "/" + key);
            }

            @Override
            public void keypad(String callId, String door, char key, java.time.Instant at) {
                keypad.add(callId + "/" + door + "/" + key);
            }
        };
        server = new TestServer(dataDir, Clock.systemUTC(), recording);
        server.directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "Door1234"));
        server.directory.add(DeviceKind.VTH, DeviceSpec.of("9901", "Secret123"));
        server.directory.add(DeviceKind.VTH, DeviceSpec.of("9902", "Secret123"));
        monitor = new SipTestClient("udp");
    }

    @AfterAll
    void stop() {
        monitor.close();
        server.close();
    }

    private void bind(String number, Answerer device) {
        assertInstanceOf(RegisterOutcome.Accepted.class, server.location.register(new RegisterRequest(number,
                "reg-" + number + device.port, 1, "127.0.0.1", device.port, "UDP", "test", false,
                List.of(new ContactUpdate(device.contact(number), 600, 1f)))));
    }

    /** `caller` calls `dialled` (answered by `device`) and returns the 2xx. */
    private Response answeredCall(SipTestClient client, String caller, String password, String dialled,
                                  Answerer device, String callId) throws Exception {
        bind(dialled, device);
        Response challenge = client.send(client.invite(server.port, caller, dialled, callId));
        Request invite = client.authorized(client.invite(server.port, caller, dialled, callId), challenge, caller,
                password, DigestAlgorithm.MD5, 1, "Proxy-Authorization");
        CompletableFuture<Response> answer = client.sendAsync(invite);
        assertTrue(device.awaitRinging());
        device.answer(200);
        Response ok = answer.get(10, TimeUnit.SECONDS);
        assertEquals(200, ok.getStatusCode());
        return ok;
    }

    private Response info(SipTestClient client, Response ok, String type, String body) throws Exception {
        Request info = client.inDialog(ok, Request.INFO);
        String[] t = type.split("/");
        info.setContent(body, client.headers.createContentTypeHeader(t[0], t[1]));
        return client.send(info);
    }

    @Test
    void monitorWatchingTheDoorStationPressesTheCode() throws Exception {
        try (Answerer door = new Answerer()) {
            Response ok = answeredCall(monitor, "9901", "Secret123", "8001", door, "c-monitoring");
            assertEquals(200, info(monitor, ok, "application/dtmf-relay", "Signal=4\r\nDuration=160\r\n").getStatusCode());
            assertEquals(200, info(monitor, ok, "application/dtmf", "5").getStatusCode());
            assertEquals(200, info(monitor, ok, "application/dtmf-relay", "Signal=6\r\nDuration=160\r\n").getStatusCode());
            assertEquals("8001/9901/4", pressed.poll(5, TimeUnit.SECONDS));
            assertEquals("8001/9901/5", pressed.poll(5, TimeUnit.SECONDS));
            assertEquals("8001/9901/6", pressed.poll(5, TimeUnit.SECONDS));
            assertTrue(door.awaitRequest(Request.INFO), "the door station still gets the INFO");
        }
    }

    @Test
    void keysTypedAtTheDoorStationNeverUnlock() throws Exception {
        try (SipTestClient visitorAtTheDoor = new SipTestClient("udp"); Answerer room = new Answerer()) {
            Response ok = answeredCall(visitorAtTheDoor, "8001", "Door1234", "9902", room, "c-visitor");
            assertEquals(200, info(visitorAtTheDoor, ok, "application/dtmf", "4").getStatusCode());
            assertTrue(room.awaitRequest(Request.INFO), "the INFO was relayed");
            assertNull(pressed.poll(300, TimeUnit.MILLISECONDS), "but no key reached the unlock path");
            assertEquals("c-visitor/8001/4", keypad.poll(5, TimeUnit.SECONDS), "it is a keypad key of 8001");
            assertNull(keypad.poll(300, TimeUnit.MILLISECONDS), "once");
        }
    }

    @Test
    void keypadKeysFollowTheSameRulesAndTheMonitorsKeysAreNotKeypadKeys() throws Exception {
        try (SipTestClient door = new SipTestClient("udp"); Answerer room = new Answerer();
             SipTestClient stranger = new SipTestClient("udp", "127.0.0.2")) {
            Response ok = answeredCall(door, "8001", "Door1234", "9902", room, "c-keypad");
            info(stranger, ok, "application/dtmf", "7");
            assertTrue(room.awaitRequest(Request.INFO), "relayed like any in-dialog request");
            assertNull(keypad.poll(300, TimeUnit.MILLISECONDS), "a key claiming to be 8001 from elsewhere is ignored");
        }
        try (Answerer door = new Answerer()) {
            Response ok = answeredCall(monitor, "9901", "Secret123", "8001", door, "c-not-keypad");
            assertEquals(200, info(monitor, ok, "application/dtmf", "7").getStatusCode());
            assertEquals("8001/9901/7", pressed.poll(5, TimeUnit.SECONDS));
            assertNull(keypad.poll(300, TimeUnit.MILLISECONDS), "the monitor's key is not a door-station keypad key");
        }
    }

    @Test
    void aStrangerSendingTheMonitorsInfoFromElsewhereIsIgnored() throws Exception {
        try (Answerer door = new Answerer(); SipTestClient stranger = new SipTestClient("udp", "127.0.0.2")) {
            Response ok = answeredCall(monitor, "9901", "Secret123", "8001", door, "c-spoof");
            info(stranger, ok, "application/dtmf", "4");
            assertTrue(door.awaitRequest(Request.INFO), "relayed like any in-dialog request");
            assertNull(pressed.poll(300, TimeUnit.MILLISECONDS), "but not taken as a keypress");
        }
    }
}
