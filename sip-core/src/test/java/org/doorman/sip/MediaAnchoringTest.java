package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.sip.support.Answerer;
import org.doorman.sip.support.Calls;
import org.doorman.sip.support.FakeAnchor;
import org.doorman.sip.support.SipTestClient;
import org.doorman.sip.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls through the proxy with a fake media anchor: every SDP goes through the session of its branch
 * or of the answered call, with the side that sent it, and every session opened is released exactly
 * once however the call ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaAnchoringTest {
    private static final AtomicInteger ROOMS = new AtomicInteger(500);
    private static final String OFFER = "v=0\r\no=vto 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\n";
    private static final String ANSWER = "v=0\r\no=vth 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 5000 RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\n";
    @TempDir static Path dataDir;
    private final FakeAnchor anchor = new FakeAnchor();
    private TestServer server;
    private SipTestClient door;

    @BeforeAll
    void start() throws Exception {
        server = new TestServer(dataDir, Clock.systemUTC(), DoorControl.NONE, anchor, "sip.ring-timeout=10");
        server.directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "Door1234"));
        door = new SipTestClient("udp");
    }

    @AfterAll
    void stop() {
        door.close();
        server.close();
    }

    @AfterEach
    void acceptEverything() {
        anchor.refuseWhen(c -> false);
    }

    /** A room with a main monitor and extensions #1…, one answerer each. */
    private String room(Answerer... monitors) {
        String room = Integer.toString(ROOMS.incrementAndGet());
        for (int i = 0; i < monitors.length; i++) {
            String number = i == 0 ? room : room + "#" + i;
            server.directory.add(DeviceKind.VTH, DeviceSpec.of(number, "Secret123"));
            Calls.bind(server, number, monitors[i]);
            monitors[i].answerBody(ANSWER);
        }
        return room;
    }

    /** INVITE from 8001 carrying `sdp` (null: none, a late offer), with credentials. */
    private Request call(String dialled, String callId, String sdp) throws Exception {
        return Calls.invite(server, door, "8001", "Door1234", dialled, callId, sdp);
    }

    private static String mark(javax.sip.message.Message m) {
        return FakeAnchor.mark(m.getRawContent()).orElse("none");
    }

    private static String body(javax.sip.message.Message m) {
        return m.getRawContent() == null ? "" : new String(m.getRawContent(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private void assertNoLeak(String callId) throws InterruptedException {
        Map<String, Integer> wrong = anchor.awaitReleased(callId);
        assertTrue(wrong.isEmpty(), "sessions released other than exactly once: " + wrong);
        assertFalse(anchor.sessionsOf(callId).isEmpty(), "the call did open sessions");
    }

    @Test
    void groupCallOfThreeAnsweredByOneKeepsOnlyTheWinnersSessionUntilBye() throws Exception {
        try (Answerer main = new Answerer(); Answerer ext1 = new Answerer(); Answerer ext2 = new Answerer()) {
            String room = room(main, ext1, ext2);
            CompletableFuture<Response> answer = door.sendAsync(call(room, "m-group", OFFER));
            assertTrue(main.awaitRinging() && ext1.awaitRinging() && ext2.awaitRinging());
            List<String> offers = new ArrayList<>();
            for (Answerer a : List.of(main, ext1, ext2)) {
                assertTrue(body(a.invite()).contains("c=IN IP4 " + FakeAnchor.ADDRESS), "the offer is anchored");
                offers.add(mark(a.invite()));
            }
            assertEquals(Set.of("offer:m-group/0:CALLER", "offer:m-group/1:CALLER", "offer:m-group/2:CALLER"),
                    Set.copyOf(offers), "one session per branch, offered by the caller");
            String winner = offers.get(1).split(":")[1];
            ext1.answer(200);
            Response ok = answer.get(10, TimeUnit.SECONDS);
            assertEquals(200, ok.getStatusCode());
            assertEquals("answer:" + winner + ":CALLEE", mark(ok), "the caller gets the winner's anchored answer");
            assertEquals(body(ok).length(), ((javax.sip.header.ContentLengthHeader) ok.getHeader("Content-Length"))
                    .getContentLength(), "Content-Length follows the new body");
            assertTrue(main.awaitRequest(Request.CANCEL) && ext2.awaitRequest(Request.CANCEL));
            for (String loser : List.of(offers.get(0), offers.get(2))) {
                assertEquals(1, anchor.releases(loser.split(":")[1]), "the losing branch is released: " + loser);
            }
            door.sendAck(door.inDialog(ok, Request.ACK));
            assertTrue(ext1.awaitRequest(Request.ACK));
            assertEquals(0, anchor.releases(winner), "the answered call keeps its session");
            assertEquals(200, door.send(door.inDialog(ok, Request.BYE)).getStatusCode());
            assertNoLeak("m-group");
            assertTrue(anchor.calls().stream().filter(c -> c.session().startsWith("m-group/"))
                    .noneMatch(c -> c.fromSecure() || c.toSecure()), "UDP legs are not secure");
        }
    }

    @Test
    void callerCancelReleasesEveryBranch() throws Exception {
        try (Answerer main = new Answerer(); Answerer ext = new Answerer()) {
            String room = room(main, ext);
            Request invite = call(room, "m-cancel", OFFER);
            CompletableFuture<Response> answer = door.sendAsync(invite);
            assertTrue(main.awaitRinging() && ext.awaitRinging());
            assertEquals(200, door.cancel(invite).getStatusCode());
            assertEquals(487, answer.get(10, TimeUnit.SECONDS).getStatusCode());
            assertNoLeak("m-cancel");
        }
    }

    @Test
    void everyMonitorBusyReleasesEveryBranch() throws Exception {
        try (Answerer main = new Answerer(); Answerer ext = new Answerer()) {
            String room = room(main, ext);
            CompletableFuture<Response> answer = door.sendAsync(call(room, "m-busy", OFFER));
            assertTrue(main.awaitRinging() && ext.awaitRinging());
            main.answer(486);
            ext.answer(486);
            assertEquals(486, answer.get(10, TimeUnit.SECONDS).getStatusCode());
            assertNoLeak("m-busy");
        }
    }

    @Test
    void nobodyAnsweringBeforeTheRingTimeoutReleasesEveryBranch() throws Exception {
        try (Answerer main = new Answerer(); Answerer ext = new Answerer()) {
            String room = room(main, ext);
            CompletableFuture<Response> answer = door.sendAsync(call(room, "m-timeout", OFFER));
            assertTrue(main.awaitRinging() && ext.awaitRinging());
            assertEquals(480, answer.get(20, TimeUnit.SECONDS).getStatusCode(), "sip.ring-timeout is 10 s here");
            assertTrue(main.awaitRequest(Request.CANCEL) && ext.awaitRequest(Request.CANCEL));
            assertNoLeak("m-timeout");
        }
    }

    @Test
    void byeFromTheAnsweringMonitorReleasesTheCallsSession() throws Exception {
        try (Answerer main = new Answerer()) {
            Calls.answered(door, call(room(main), "m-bye-callee", OFFER), main);
            door.answerWith = 200;
            try {
                assertEquals(200, main.hangUp().getStatusCode());
            } finally {
                door.answerWith = 0;
            }
            assertNoLeak("m-bye-callee");
        }
    }

    @Test
    void aLateSecondAnswerIsHungUpAndItsSessionReleased() throws Exception {
        try (Answerer main = new Answerer(); Answerer ext = new Answerer()) {
            String room = room(main, ext);
            ext.answerDespiteCancel();
            CompletableFuture<Response> answer = door.sendAsync(call(room, "m-late", OFFER));
            assertTrue(main.awaitRinging() && ext.awaitRinging());
            main.answer(200);
            Response ok = answer.get(10, TimeUnit.SECONDS);
            assertEquals("answer:m-late/0:CALLEE", mark(ok));
            assertTrue(ext.awaitRequest(Request.CANCEL));
            ext.answer(200);
            assertTrue(ext.awaitRequest(Request.ACK) && ext.awaitRequest(Request.BYE), "the late answer is hung up");
            assertEquals(1, anchor.releases("m-late/1"));
            assertTrue(anchor.calls().stream().noneMatch(c -> c.session().equals("m-late/1") && c.kind().equals("answer")),
                    "the late answer's SDP never reached the anchor");
            door.sendAck(door.inDialog(ok, Request.ACK));
            assertEquals(200, door.send(door.inDialog(ok, Request.BYE)).getStatusCode());
            assertNoLeak("m-late");
        }
    }

    @Test
    void whenEveryBranchIsRefusedTheCallerHearsTheRefusalAndNobodyRings() throws Exception {
        try (Answerer main = new Answerer(); Answerer ext = new Answerer()) {
            String room = room(main, ext);
            anchor.refuseWhen(c -> c.session().startsWith("m-refused/"));
            Response answer = door.send(call(room, "m-refused", OFFER));
            assertEquals(488, answer.getStatusCode());
            assertEquals("Media Policy Not Met", answer.getReasonPhrase());
            assertNull(main.invite(), "a refused branch is not rung");
            assertNull(ext.invite());
            assertNoLeak("m-refused");
        }
    }

    @Test
    void aRefusedBranchIsSkippedAndTheOthersRing() throws Exception {
        try (Answerer main = new Answerer(); Answerer ext = new Answerer()) {
            String room = room(main, ext);
            anchor.refuseWhen(c -> c.session().equals("m-one-refused/0"));
            CompletableFuture<Response> answer = door.sendAsync(call(room, "m-one-refused", OFFER));
            assertTrue(ext.awaitRinging());
            ext.answer(200);
            Response ok = answer.get(10, TimeUnit.SECONDS);
            assertEquals(200, ok.getStatusCode());
            assertEquals("answer:m-one-refused/1:CALLEE", mark(ok));
            assertNull(main.invite(), "the refused branch was not rung");
            door.sendAck(door.inDialog(ok, Request.ACK));
            assertEquals(200, door.send(door.inDialog(ok, Request.BYE)).getStatusCode());
            assertNoLeak("m-one-refused");
        }
    }

    @Test
    void aRefusedAnswerIsHungUpAndTheCallerHearsTheRefusal() throws Exception {
        try (Answerer main = new Answerer(); Answerer ext = new Answerer()) {
            String room = room(main, ext);
            anchor.refuseWhen(c -> c.session().startsWith("m-bad-answer/") && c.kind().equals("answer"));
            CompletableFuture<Response> answer = door.sendAsync(call(room, "m-bad-answer", OFFER));
            assertTrue(main.awaitRinging() && ext.awaitRinging());
            main.answer(200);
            assertTrue(main.awaitRequest(Request.ACK) && main.awaitRequest(Request.BYE),
                    "a 2xx whose media is refused is acknowledged and hung up");
            ext.answer(480);
            Response r = answer.get(10, TimeUnit.SECONDS);
            assertEquals(488, r.getStatusCode(), "the refusal ranks above a 480");
            assertNoLeak("m-bad-answer");
        }
    }

    @Test
    void lateOfferTheTwoHundredOffersAndTheAckAnswers() throws Exception {
        try (Answerer main = new Answerer()) {
            String room = room(main);
            CompletableFuture<Response> answer = door.sendAsync(call(room, "m-late-offer", null));
            assertTrue(main.awaitRinging());
            assertEquals("", body(main.invite()), "nothing to rewrite in the INVITE");
            main.answer(200);
            Response ok = answer.get(10, TimeUnit.SECONDS);
            assertEquals("offer:m-late-offer/0:CALLEE", mark(ok), "the callee's offer in the 2xx");
            Request ack = door.inDialog(ok, Request.ACK);
            ack.setContent(OFFER, door.headers.createContentTypeHeader("application", "sdp"));
            door.sendAck(ack);
            assertTrue(main.awaitRequest(Request.ACK));
            assertEquals("answer:m-late-offer/0:CALLER", mark(main.lastRequest(Request.ACK)),
                    "the caller's answer in the ACK");
            assertEquals(200, door.send(door.inDialog(ok, Request.BYE)).getStatusCode());
            assertNoLeak("m-late-offer");
        }
    }

    @Test
    void anUpdateInsideTheCallGoesThroughTheCallsSession() throws Exception {
        try (Answerer main = new Answerer()) {
            Response ok = Calls.answered(door, call(room(main), "m-update", OFFER), main);
            Request update = door.inDialog(ok, Request.UPDATE);
            update.setContent(OFFER, door.headers.createContentTypeHeader("application", "sdp"));
            Response updated = door.send(update);
            assertEquals(200, updated.getStatusCode());
            assertTrue(main.awaitRequest(Request.UPDATE));
            assertEquals("offer:m-update/0:CALLER", mark(main.lastRequest(Request.UPDATE)));
            assertEquals("answer:m-update/0:CALLEE", mark(updated));

            anchor.refuseWhen(c -> c.session().equals("m-update/0"));
            Request refused = door.inDialog(ok, Request.UPDATE);
            refused.setContent(OFFER, door.headers.createContentTypeHeader("application", "sdp"));
            assertEquals(488, door.send(refused).getStatusCode(), "a refused offer is answered by doorman");
            assertFalse(main.awaitRequest(Request.UPDATE, 300), "and goes no further");
            anchor.refuseWhen(c -> false);
            assertEquals(200, door.send(door.inDialog(ok, Request.BYE)).getStatusCode());
            assertNoLeak("m-update");
        }
    }
}
