package org.doorman.sip.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sip.SipFactory;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.sip.MediaAnchor;
import org.doorman.sip.MediaAnchor.Side;
import org.junit.jupiter.api.Test;

/** Which SDP inside an answered call is an offer and which an answer, and who sent it (RFC 3264, 3311). */
class AnchoredDialogTest {
    private static final byte[] SDP = "v=0\r\n".getBytes();
    private final List<String> seen = new ArrayList<>();
    private final MediaAnchor recording = new MediaAnchor() {
        @Override
        public byte[] offer(String session, Side from, byte[] sdp, boolean fromSecure, boolean toSecure) {
            seen.add("offer " + from + (fromSecure ? " tls" : "") + (toSecure ? " to-tls" : ""));
            return sdp;
        }

        @Override
        public byte[] answer(String session, Side from, byte[] sdp, boolean fromSecure, boolean toSecure) {
            seen.add("answer " + from + (fromSecure ? " tls" : "") + (toSecure ? " to-tls" : ""));
            return sdp;
        }

        @Override
        public void release(String session) {
        }
    };

    private AnchoredDialog dialog(String callerTransport, String calleeTransport, Side pending) throws Exception {
        SipFactory f = SipFactory.getInstance();
        f.setPathName("gov.nist");
        MessageFactory messages = f.createMessageFactory();
        HeaderFactory headers = f.createHeaderFactory();
        AddressFactory addresses = f.createAddressFactory();
        var caller = addresses.createAddress("sip:8001@127.0.0.1");
        var callee = addresses.createAddress("sip:9901@127.0.0.1");
        Request invite = messages.createRequest(addresses.createURI("sip:9901@127.0.0.1"), Request.INVITE,
                headers.createCallIdHeader("c1"), headers.createCSeqHeader(7L, Request.INVITE),
                headers.createFromHeader(caller, "door"), headers.createToHeader(callee, null),
                List.of(headers.createViaHeader("127.0.0.1", 5060, callerTransport, "z9hG4bK1")),
                headers.createMaxForwardsHeader(70));
        Response ok = messages.createResponse(200, invite);
        ((javax.sip.header.ToHeader) ok.getHeader("To")).setTag("room");
        return new AnchoredDialog(recording, "c1", "c1/0", invite, ok, null, calleeTransport, pending, Instant.now());
    }

    private static Request from(AnchoredDialog d, String tag) throws Exception {
        Request r = (Request) d.invite.clone();
        ((javax.sip.header.FromHeader) r.getHeader("From")).setTag(tag);
        return r;
    }

    @Test
    void theSenderIsTheCallerWhenItsTagIsInFrom() throws Exception {
        AnchoredDialog d = dialog("udp", "udp", null);
        assertEquals(Side.CALLER, d.senderOf(from(d, "door")));
        assertEquals(Side.CALLEE, d.senderOf(from(d, "room")));
    }

    @Test
    void anOfferFromEitherSideIsAnsweredByTheOther() throws Exception {
        AnchoredDialog d = dialog("tls", "udp", null);
        d.request(Side.CALLEE, SDP);
        d.response(Side.CALLER, 2, SDP);
        d.request(Side.CALLER, SDP);
        d.response(Side.CALLEE, 8, SDP);
        assertEquals(List.of("offer CALLEE to-tls", "answer CALLER tls", "offer CALLER tls", "answer CALLEE to-tls"),
                seen);
    }

    @Test
    void aReInviteWithoutSdpIsOfferedInThe2xxAndAnsweredInTheAck() throws Exception {
        AnchoredDialog d = dialog("udp", "udp", null);
        d.response(Side.CALLEE, 8, SDP);
        d.ack(Side.CALLER, SDP);
        assertEquals(List.of("offer CALLEE", "answer CALLER"), seen);
    }

    @Test
    void aLateOfferDialogStartsWaitingForTheCallersAnswerAndARetransmittedAckRepeatsIt() throws Exception {
        AnchoredDialog d = dialog("udp", "udp", Side.CALLEE);
        byte[] first = d.ack(Side.CALLER, SDP);
        byte[] again = d.ack(Side.CALLER, "v=0\r\nretransmitted\r\n".getBytes());
        assertEquals(List.of("answer CALLER"), seen, "an ACK never offers");
        assertEquals(new String(first), new String(again), "the retransmission carries the answer relayed before");
    }

    @Test
    void aStray2xxCarriesTheSdpItsRequestsFirst2xxWasRelayedWith() throws Exception {
        AnchoredDialog d = dialog("udp", "udp", null);
        d.request(Side.CALLER, SDP);
        byte[] relayed = d.response(Side.CALLEE, 9, "v=0\r\nanchored\r\n".getBytes());
        Response stray = (Response) d.answer.clone();
        stray.setHeader(SipFactory.getInstance().createHeaderFactory().createCSeqHeader(9L, Request.INVITE));
        stray.setContent("v=0\r\nraw\r\n", SipFactory.getInstance().createHeaderFactory()
                .createContentTypeHeader("application", "sdp"));
        d.sameAnswerAgain(stray);
        assertEquals(new String(relayed), new String(stray.getRawContent()));
    }

    @Test
    void a2xxRepeatingThe18xsAnswerIsAnAnswerAgain() throws Exception {
        AnchoredDialog d = dialog("udp", "udp", null);
        d.request(Side.CALLER, SDP);
        d.response(Side.CALLEE, 8, SDP);
        d.response(Side.CALLEE, 8, SDP);
        assertEquals(List.of("offer CALLER", "answer CALLEE", "answer CALLEE"), seen);
    }

    @Test
    void afterARejectedOfferTheNextSdpIsAnOfferAgain() throws Exception {
        AnchoredDialog d = dialog("udp", "udp", null);
        d.request(Side.CALLER, SDP);
        d.offerRejected();
        d.request(Side.CALLEE, SDP);
        assertEquals(List.of("offer CALLER", "offer CALLEE"), seen);
    }

    @Test
    void doormansOwnRequestsTakeACSeqAboveEveryOneTheSideUsedAndItsLaterRequestsAreRenumberedPastThem()
            throws Exception {
        AnchoredDialog d = dialog("udp", "udp", null);
        assertEquals(8, d.nextCseq(Side.CALLER), "above the INVITE's 7");
        assertEquals(9, d.forwardedCseq(Side.CALLER, Request.INFO, 8), "the caller's own 8 goes on past ours");
        assertEquals(10, d.nextCseq(Side.CALLER));
        assertEquals(11, d.nextCseq(Side.CALLER), "never the same twice");
        assertEquals(12, d.forwardedCseq(Side.CALLER, Request.INVITE, 9));
        assertEquals(12, d.forwardedCseq(Side.CALLER, Request.ACK, 9), "the ACK goes with its INVITE's number");
        assertEquals(7, d.forwardedCseq(Side.CALLER, Request.ACK, 7), "the first ACK with the first INVITE's");
        assertEquals(5, d.forwardedCseq(Side.CALLEE, Request.BYE, 5), "the other side is not renumbered");
        assertEquals(6, d.nextCseq(Side.CALLEE));
    }
}
