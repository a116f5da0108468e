package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.sip.MediaAnchor.Side;
import org.doorman.sip.support.Answerer;
import org.doorman.sip.support.Calls;
import org.doorman.sip.support.FakeAnchor;
import org.doorman.sip.support.SipTestClient;
import org.doorman.sip.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * DTMF keys the media relay decodes (RFC 4733) follow the same rules as keys sent by SIP INFO, and
 * keys are handed on to a door station in the form its doors.N.dtmf-to-door asks for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaDtmfTest {
    private static final String SDP = "v=0\r\no=x 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\n";
    @TempDir static Path dataDir;
    private final FakeAnchor anchor = new FakeAnchor();
    private final BlockingQueue<String> pressed = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> keypad = new LinkedBlockingQueue<>();
    private TestServer server;
    private SipTestClient monitor;

    @BeforeAll
    void start() throws Exception {
        DoorControl recording = new DoorControl() {
            @Override
            public void dtmf(String callId, String door, String by, char key, Instant at) {
                pressed.add(callId + "/" + door + "/" + by + "/" + key);
            }

            @Override
            public void keypad(String callId, String door, char key, Instant at) {
                keypad.add(callId + "/" + door + "/" + key);
            }
        };
        server = new TestServer(dataDir, Clock.systemUTC(), recording, anchor, "doors.8003.dtmf-to-door=info",
                "doors.8004.dtmf-to-door=rfc4733");
        for (String vto : List.of("8001", "8002", "8003", "8004")) {
            server.directory.add(DeviceKind.VTO, DeviceSpec.of(vto, "Door1234"));
        }
        for (String vth : List.of("9901", "9903", "9905", "9905#1")) {
            server.directory.add(DeviceKind.VTH, DeviceSpec.of(vth, "Secret123"));
        }
        monitor = new SipTestClient("udp");
    }

    @AfterAll
    void stop() {
        monitor.close();
        server.close();
    }

    private Request fromMonitor(String dialled, Answerer device, String callId) throws Exception {
        Calls.bind(server, dialled, device);
        return Calls.invite(server, monitor, "9901", "Secret123", dialled, callId, SDP);
    }

    private static String text(Request r) {
        return new String(r.getRawContent(), StandardCharsets.UTF_8);
    }

    @Test
    void thePhonesMediaKeysGoToDoorControlAndTheDoorStationsAreKeypadKeysUntilTheBye() throws Exception {
        try (Answerer door = new Answerer()) {
            Response ok = Calls.answered(monitor, fromMonitor("8001", door, "d-answered"), door);
            server.sip.mediaDtmf("d-answered/0", Side.CALLER, '4', Instant.now());
            assertEquals("d-answered/8001/9901/4", pressed.poll(5, TimeUnit.SECONDS));
            server.sip.mediaDtmf("d-answered/0", Side.CALLEE, '1', Instant.now());
            assertEquals("d-answered/8001/1", keypad.poll(5, TimeUnit.SECONDS), "typed at the door station");
            assertNull(pressed.poll(300, TimeUnit.MILLISECONDS), "and not an unlock key");
            assertFalse(door.awaitRequest(Request.INFO, 300), "dtmf-to-door none: nothing is sent to the door");
            assertEquals(200, monitor.send(monitor.inDialog(ok, Request.BYE)).getStatusCode());
            server.sip.mediaDtmf("d-answered/0", Side.CALLER, '5', Instant.now());
            assertNull(pressed.poll(300, TimeUnit.MILLISECONDS), "after the BYE the session is no call's");
        }
    }

    @Test
    void aKeyInTheSessionOfARingingBranchIsIgnored() throws Exception {
        try (Answerer door = new Answerer()) {
            Request invite = fromMonitor("8002", door, "d-ringing");
            CompletableFuture<Response> answer = monitor.sendAsync(invite);
            assertTrue(door.awaitRinging());
            server.sip.mediaDtmf("d-ringing/0", Side.CALLER, '4', Instant.now());
            assertNull(pressed.poll(300, TimeUnit.MILLISECONDS), "not answered yet");
            assertEquals(200, monitor.cancel(invite).getStatusCode());
            assertEquals(487, answer.get(10, TimeUnit.SECONDS).getStatusCode());
        }
    }

    @Test
    void aKeyInTheSessionOfALosingBranchIsIgnored() throws Exception {
        try (SipTestClient door = new SipTestClient("udp"); Answerer main = new Answerer();
             Answerer ext = new Answerer()) {
            Calls.bind(server, "9905", main);
            Calls.bind(server, "9905#1", ext);
            Request invite = Calls.invite(server, door, "8001", "Door1234", "9905", "d-group", SDP);
            CompletableFuture<Response> answer = door.sendAsync(invite);
            assertTrue(main.awaitRinging() && ext.awaitRinging());
            String loser = FakeAnchor.mark(main.invite().getRawContent()).orElseThrow().split(":")[1];
            String winner = FakeAnchor.mark(ext.invite().getRawContent()).orElseThrow().split(":")[1];
            ext.answer(200);
            Response ok = answer.get(10, TimeUnit.SECONDS);
            assertEquals(200, ok.getStatusCode());
            server.sip.mediaDtmf(loser, Side.CALLEE, '4', Instant.now());
            assertNull(pressed.poll(300, TimeUnit.MILLISECONDS), "the main monitor lost the call");
            server.sip.mediaDtmf(winner, Side.CALLEE, '4', Instant.now());
            assertEquals("d-group/8001/9905#1/4", pressed.poll(5, TimeUnit.SECONDS));
            door.sendAck(door.inDialog(ok, Request.ACK));
            assertEquals(200, door.send(door.inDialog(ok, Request.BYE)).getStatusCode());
        }
    }

    @Test
    void aDoorStationThatTakesInfoGetsThePhonesMediaKeyAsInfoInsideTheCall() throws Exception {
        try (SipTestClient door = new SipTestClient("udp"); Answerer phone = new Answerer()) {
            Calls.bind(server, "9903", phone);
            Request invite = Calls.invite(server, door, "8003", "Door1234", "9903", "d-info", SDP);
            Response ok = Calls.answered(door, invite, phone);
            assertTrue(anchor.awaitWithheld("d-info/0").contains("d-info/0:CALLER"),
                    "the phone's RFC 4733 keys are no longer passed on to the calling door station");
            door.answerWith = 200;
            server.sip.mediaDtmf("d-info/0", Side.CALLEE, '4', Instant.now());
            assertEquals("d-info/8003/9903/4", pressed.poll(5, TimeUnit.SECONDS));
            Request info = door.nextRequest();
            assertEquals(Request.INFO, info.getMethod());
            ContentTypeHeader type = (ContentTypeHeader) info.getHeader(ContentTypeHeader.NAME);
            assertEquals("application/dtmf-relay", type.getContentType() + "/" + type.getContentSubType());
            assertEquals("Signal=4\r\nDuration=160\r\n", text(info));
            assertEquals(((ToHeader) ok.getHeader(ToHeader.NAME)).getTag(),
                    ((FromHeader) info.getHeader(FromHeader.NAME)).getTag(), "sent as the phone's side of the dialog");
            assertEquals(((FromHeader) invite.getHeader(FromHeader.NAME)).getTag(),
                    ((ToHeader) info.getHeader(ToHeader.NAME)).getTag());
            assertEquals("d-info", ((javax.sip.header.CallIdHeader) info.getHeader("Call-ID")).getCallId());
            assertTrue(((CSeqHeader) info.getHeader(CSeqHeader.NAME)).getSeqNumber() >= 1);
            server.sip.mediaDtmf("d-info/0", Side.CALLER, '9', Instant.now());
            assertEquals("d-info/8003/9", keypad.poll(5, TimeUnit.SECONDS));
            assertNull(door.received.poll(300, TimeUnit.MILLISECONDS), "the door station's own key is not sent back");
            door.answerWith = 0;
            assertEquals(200, door.send(door.inDialog(ok, Request.BYE)).getStatusCode());
        }
    }

    @Test
    void aCalledDoorStationThatTakesInfoGetsItFromTheCallersSide() throws Exception {
        try (Answerer door = new Answerer()) {
            Response ok = Calls.answered(monitor, fromMonitor("8003", door, "d-info-callee"), door);
            assertTrue(anchor.awaitWithheld("d-info-callee/0").contains("d-info-callee/0:CALLEE"));
            monitor.send(monitor.inDialog(ok, Request.INFO)); // the phone's own INFO: its CSeq is the highest
            assertTrue(door.awaitRequest(Request.INFO));
            long phonesCseq = ((CSeqHeader) door.lastRequest(Request.INFO).getHeader(CSeqHeader.NAME)).getSeqNumber();
            server.sip.mediaDtmf("d-info-callee/0", Side.CALLER, '7', Instant.now());
            assertTrue(door.awaitRequest(Request.INFO), "the INFO reaches the door station through its route");
            Request info = door.lastRequest(Request.INFO);
            assertEquals("Signal=7\r\nDuration=160\r\n", text(info));
            assertEquals(phonesCseq + 1, ((CSeqHeader) info.getHeader(CSeqHeader.NAME)).getSeqNumber(),
                    "above every CSeq the phone used");
            assertEquals(((FromHeader) ok.getHeader(FromHeader.NAME)).getTag(),
                    ((FromHeader) info.getHeader(FromHeader.NAME)).getTag());
            assertEquals("d-info-callee/8003/9901/7", pressed.poll(5, TimeUnit.SECONDS));
            server.sip.mediaDtmf("d-info-callee/0", Side.CALLER, '8', Instant.now());
            assertTrue(door.awaitRequest(Request.INFO));
            long ours = ((CSeqHeader) door.lastRequest(Request.INFO).getHeader(CSeqHeader.NAME)).getSeqNumber();
            Request bye = monitor.inDialog(ok, Request.BYE);
            assertTrue(((CSeqHeader) bye.getHeader(CSeqHeader.NAME)).getSeqNumber() <= ours, "the phone's next number");
            Response byeAnswer = monitor.send(bye);
            assertEquals(200, byeAnswer.getStatusCode(), "the answer matched the phone's own BYE");
            assertEquals(((CSeqHeader) bye.getHeader(CSeqHeader.NAME)).getSeqNumber(),
                    ((CSeqHeader) byeAnswer.getHeader(CSeqHeader.NAME)).getSeqNumber());
            assertTrue(door.awaitRequest(Request.BYE));
            assertTrue(((CSeqHeader) door.lastRequest(Request.BYE).getHeader(CSeqHeader.NAME)).getSeqNumber() > ours,
                    "renumbered past doorman's INFOs, so the door station does not answer it 500");
        }
    }

    @Test
    void aDoorStationThatTakesRfc4733GetsThePhonesInfoKeyInTheMedia() throws Exception {
        try (Answerer door = new Answerer()) {
            Response ok = Calls.answered(monitor, fromMonitor("8004", door, "d-rtp"), door);
            Request info = monitor.inDialog(ok, Request.INFO);
            info.setContent("Signal=4\r\nDuration=160\r\n", monitor.headers.createContentTypeHeader("application",
                    "dtmf-relay"));
            assertEquals(200, monitor.send(info).getStatusCode());
            assertEquals("d-rtp/8004/9901/4", pressed.poll(5, TimeUnit.SECONDS));
            assertTrue(anchor.awaitDtmf(1).contains("d-rtp/0:CALLEE:4"), "sent toward the door station");
            assertEquals(200, monitor.send(monitor.inDialog(ok, Request.BYE)).getStatusCode());
            assertTrue(door.awaitRequest(Request.BYE), "the BYE reached the door station");
            assertNull(door.lastRequest(Request.INFO), "the INFO itself would press the key a second time there");
            assertTrue(anchor.withheld().stream().noneMatch(w -> w.startsWith("d-rtp/")),
                    "a door station taking RFC 4733 still hears the media's keys");
            assertEquals(1, anchor.dtmfSent().size(), "only door stations that ask for it get RFC 4733 keys");
        }
    }
}
