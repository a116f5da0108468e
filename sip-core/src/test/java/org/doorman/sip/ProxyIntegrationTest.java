package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The proxy over real loopback sockets: a JAIN-SIP door station calls rooms whose monitors are
 * JAIN-SIP answerers. Every wait is on a latch or a future, bounded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProxyIntegrationTest {
    private static final AtomicInteger ROOMS = new AtomicInteger(300);
    @TempDir static Path dataDir;
    private TestServer server;
    private SipTestClient door;

    @BeforeAll
    void start() throws Exception {
        server = new TestServer(dataDir);
        server.directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "Door1234"));
        door = new SipTestClient("udp");
    }

    @AfterAll
    void stop() {
        door.close();
        server.close();
    }

    /** A room with a main monitor and one extension, each answered by its own device. */
    private String room(Answerer main, Answerer extension) {
        String room = Integer.toString(ROOMS.incrementAndGet());
        server.directory.add(DeviceKind.VTH, DeviceSpec.of(room, "Secret123"));
        server.directory.add(DeviceKind.VTH, DeviceSpec.of(room + "#1", "Secret123"));
        bind(room, main);
        bind(room + "#1", extension);
        return room;
    }

    private void bind(String number, Answerer device) {
        RegisterOutcome r = server.location.register(new RegisterRequest(number, "reg-" + number, 1, "127.0.0.1",
                device.port, "UDP", "test", false, List.of(new ContactUpdate(device.contact(number), 600, 1f))));
        assertInstanceOf(RegisterOutcome.Accepted.class, r);
    }

    /** INVITE from 8001 answering the 407; returns the INVITE that went out with credentials. */
    private Request call(String dialled, String callId) throws Exception {
        Response challenge = door.send(door.invite(server.port, "8001", dialled, callId));
        assertEquals(407, challenge.getStatusCode());
        return door.authorized(door.invite(server.port, "8001", dialled, callId), challenge, "8001", "Door1234",
                DigestAlgorithm.MD5, 1, "Proxy-Authorization");
    }

    @Test
    void unknownNumberIsNotFound() throws Exception {
        assertEquals(404, door.send(call("4711", "c-404")).getStatusCode());
    }

    @Test
    void knownButUnregisteredIsTemporarilyUnavailable() throws Exception {
        server.directory.add(DeviceKind.VTH, DeviceSpec.of("555", "Secret123"));
        assertEquals(480, door.send(call("555", "c-480")).getStatusCode());
    }

    @Test
    void wrongPasswordIsChallengedAgain() throws Exception {
        Response challenge = door.send(door.invite(server.port, "8001", "555", "c-pw"));
        Request wrong = door.authorized(door.invite(server.port, "8001", "555", "c-pw"), challenge, "8001", "nope",
                DigestAlgorithm.MD5, 1, "Proxy-Authorization");
        assertEquals(407, door.send(wrong).getStatusCode());
    }

    @Test
    void firstAnswerWinsAndTheOtherMonitorIsCancelled() throws Exception {
        try (Answerer main = new Answerer(); Answerer ext = new Answerer()) {
            String room = room(main, ext);
            CompletableFuture<Response> answer = door.sendAsync(call(room, "c-win"));
            assertTrue(main.awaitRinging() && ext.awaitRinging(), "both monitors ring");
            ext.answer(200);
            Response ok = answer.get(10, TimeUnit.SECONDS);
            assertEquals(200, ok.getStatusCode());
            assertTrue(main.awaitRequest(Request.CANCEL), "the main monitor is cancelled");
            door.sendAck(door.inDialog(ok, Request.ACK));
            assertTrue(ext.awaitRequest(Request.ACK), "the ACK reaches the answering monitor through doorman");
            assertEquals(200, door.send(door.inDialog(ok, Request.BYE)).getStatusCode());
            assertTrue(ext.awaitRequest(Request.BYE), "the BYE reaches it too");
        }
    }

    @Test
    void aSecondAnswerThatComesInLateIsAcknowledgedAndHungUp() throws Exception {
        try (Answerer main = new Answerer(); Answerer ext = new Answerer()) {
            String room = room(main, ext);
            ext.answerDespiteCancel();
            CompletableFuture<Response> answer = door.sendAsync(call(room, "c-race"));
            assertTrue(main.awaitRinging() && ext.awaitRinging());
            main.answer(200);
            assertEquals(200, answer.get(10, TimeUnit.SECONDS).getStatusCode());
            assertTrue(ext.awaitRequest(Request.CANCEL));
            ext.answer(200); // its answer crossed the CANCEL
            assertTrue(ext.awaitRequest(Request.ACK), "the late answer is acknowledged");
            assertTrue(ext.awaitRequest(Request.BYE), "and hung up");
        }
    }

    @Test
    void whenEveryMonitorFailsTheCallerHearsBusy() throws Exception {
        try (Answerer main = new Answerer(); Answerer ext = new Answerer()) {
            String room = room(main, ext);
            CompletableFuture<Response> answer = door.sendAsync(call(room, "c-busy"));
            assertTrue(main.awaitRinging() && ext.awaitRinging());
            main.answer(480);
            ext.answer(486);
            assertEquals(486, answer.get(10, TimeUnit.SECONDS).getStatusCode());
        }
    }

    @Test
    void callerCancelStopsEveryMonitorAndGets487() throws Exception {
        try (Answerer main = new Answerer(); Answerer ext = new Answerer()) {
            String room = room(main, ext);
            Request invite = call(room, "c-cancel");
            CompletableFuture<Response> answer = door.sendAsync(invite);
            assertTrue(main.awaitRinging() && ext.awaitRinging());
            assertEquals(200, door.cancel(invite).getStatusCode());
            assertEquals(487, answer.get(10, TimeUnit.SECONDS).getStatusCode());
            assertTrue(main.awaitRequest(Request.CANCEL) && ext.awaitRequest(Request.CANCEL));
        }
    }

    @Test
    void aRequestThatAlreadyPassedThroughDoormanIsALoop() throws Exception {
        Request looped = call("555", "c-loop");
        looped.addLast(door.headers.createViaHeader("127.0.0.1", server.port, "udp", "z9hG4bKlooped"));
        assertEquals(482, door.send(looped).getStatusCode());
    }
}
