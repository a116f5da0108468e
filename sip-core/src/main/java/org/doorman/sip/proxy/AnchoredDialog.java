package org.doorman.sip.proxy;

import java.time.Instant;
import javax.sip.header.CSeqHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.sip.MediaAnchor;
import org.doorman.sip.MediaAnchor.Side;

/**
 * One answered call as doorman acts inside its dialog: the media session the winning branch kept,
 * whether each leg is TLS, the SDP offer waiting for its answer, the highest CSeq each side has used
 * (so a request doorman itself sends on a side's behalf does not reuse one), and the INVITE and 2xx
 * that fixed the dialog's tags, targets and route set.
 */
public final class AnchoredDialog {
    private final MediaAnchor anchor;
    final String callId;
    final String session;
    final Request invite;
    final Response answer;
    final String calleeTransport;
    final Instant since;
    private final boolean callerSecure;
    private final boolean calleeSecure;
    private final byte[] answerBody;
    /** The side whose SDP offer has not been answered yet, or null. */
    private Side pending;
    /** The CSeq of the request whose response already carried an answer (its 2xx repeats it). */
    private long answeredCseq = -1;
    private final long[] highestCseq = new long[2];
    /** Per side: how many requests doorman sent in its name; its own later requests are renumbered by as many. */
    private final long[] shift = new long[2];
    /** Per side: the CSeq of its last re-INVITE and the shift it went out with, for the ACK that follows. */
    private final long[] lastInviteCseq = {-1, -1};
    private final long[] lastInviteShift = new long[2];
    private final long inviteCseq;
    /** The last SDP relayed in a response, and the CSeq of its request: a retransmitted 2xx carries it again. */
    private long lastResponseCseq = -1;
    private byte[] lastResponseBody;
    /** The last answer relayed in an ACK: a retransmitted ACK carries it again (an ACK never offers). */
    private byte[] lastAckAnswer;

    AnchoredDialog(MediaAnchor anchor, String callId, String session, Request invite, Response answer,
                   byte[] answerBody, String calleeTransport, Side pendingOffer, Instant since) {
        this.anchor = anchor;
        this.callId = callId;
        this.session = session;
        this.invite = invite;
        this.answer = answer;
        this.answerBody = answerBody;
        this.calleeTransport = calleeTransport;
        this.pending = pendingOffer;
        this.since = since;
        this.callerSecure = tls(callerTransport());
        this.calleeSecure = tls(calleeTransport);
        this.inviteCseq = ((CSeqHeader) invite.getHeader(CSeqHeader.NAME)).getSeqNumber();
        highestCseq[Side.CALLER.ordinal()] = inviteCseq;
    }

    static boolean tls(String transport) {
        return "TLS".equalsIgnoreCase(transport);
    }

    /** The transport of the caller's leg: the one its INVITE arrived on. */
    String callerTransport() {
        return ((ViaHeader) invite.getHeader(ViaHeader.NAME)).getTransport();
    }

    /** Who sent this in-dialog request: the caller uses its own tag in From. */
    Side senderOf(Request request) {
        String tag = ((FromHeader) request.getHeader(FromHeader.NAME)).getTag();
        String callerTag = ((FromHeader) invite.getHeader(FromHeader.NAME)).getTag();
        return callerTag != null && callerTag.equals(tag) ? Side.CALLER : Side.CALLEE;
    }

    static Side other(Side side) {
        return side == Side.CALLER ? Side.CALLEE : Side.CALLER;
    }

    /** The tag the callee answered with. */
    String calleeTag() {
        return ((ToHeader) answer.getHeader(ToHeader.NAME)).getTag();
    }

    /** The 2xx body as first relayed to the caller, for a retransmitted 2xx; null if it had none. */
    byte[] answerBody() {
        return answerBody;
    }

    /** An SDP body in a request (re-INVITE, UPDATE, PRACK) from `from`: an answer if the other side offered. */
    synchronized byte[] request(Side from, byte[] sdp) throws MediaAnchor.Refused {
        boolean isAnswer = pending == other(from);
        byte[] out = isAnswer ? answer(from, sdp) : offer(from, sdp);
        pending = isAnswer ? null : from;
        return out;
    }

    /**
     * The SDP in an ACK from `from`: the answer to the offer in the 2xx; an ACK with no offer waiting
     * (retransmitted with the 2xx) carries the answer relayed before, or, with none, goes on as it came.
     */
    synchronized byte[] ack(Side from, byte[] sdp) throws MediaAnchor.Refused {
        if (pending == other(from)) {
            lastAckAnswer = answer(from, sdp);
            pending = null;
            return lastAckAnswer;
        }
        return lastAckAnswer != null ? lastAckAnswer : sdp;
    }

    /** An SDP body in a response from `from` to the request with CSeq `cseq` (a 2xx repeats a 18x's answer). */
    synchronized byte[] response(Side from, long cseq, byte[] sdp) throws MediaAnchor.Refused {
        byte[] out;
        if (pending == other(from) || answeredCseq == cseq) {
            out = answer(from, sdp);
            pending = null;
            answeredCseq = cseq;
        } else {
            out = offer(from, sdp); // a re-INVITE without SDP: the answerer offers, the ACK answers
            pending = from;
        }
        lastResponseCseq = cseq;
        lastResponseBody = out;
        return out;
    }

    /** The offer was turned down (a failure response to the request that carried it). */
    synchronized void offerRejected() {
        pending = null;
    }

    /**
     * Notes the CSeq of a request `from` sent and returns the number it goes on with: raised by the
     * requests doorman sent in that side's name, so the receiver sees numbers that keep rising (RFC
     * 3261 12.2.2). An ACK goes with the number its INVITE went with.
     */
    synchronized long forwardedCseq(Side from, String method, long seq) {
        int i = from.ordinal();
        if (javax.sip.message.Request.ACK.equals(method)) {
            return seq == lastInviteCseq[i] ? seq + lastInviteShift[i] : seq;
        }
        highestCseq[i] = Math.max(highestCseq[i], seq);
        if (javax.sip.message.Request.INVITE.equals(method)) {
            lastInviteCseq[i] = seq;
            lastInviteShift[i] = shift[i];
        }
        return seq + shift[i];
    }

    /**
     * A CSeq for a request doorman sends in `as`'s name: above every one that side's requests went on
     * with, and from now on that side's own requests are renumbered past it.
     */
    synchronized long nextCseq(Side as) {
        int i = as.ordinal();
        return highestCseq[i] + ++shift[i];
    }

    private byte[] offer(Side from, byte[] sdp) throws MediaAnchor.Refused {
        return anchor.offer(session, from, sdp, secure(from), secure(other(from)));
    }

    private byte[] answer(Side from, byte[] sdp) throws MediaAnchor.Refused {
        return anchor.answer(session, from, sdp, secure(from), secure(other(from)));
    }

    boolean secure(Side side) {
        return side == Side.CALLER ? callerSecure : calleeSecure;
    }

    /**
     * A retransmitted 2xx that reached doorman after its transaction ended: it carries the SDP the
     * first one was relayed with (the winner's answer to the INVITE, or the last in-dialog response).
     */
    public synchronized void sameAnswerAgain(Response ok) {
        String tag = ((ToHeader) ok.getHeader(ToHeader.NAME)).getTag();
        long cseq = ((CSeqHeader) ok.getHeader(CSeqHeader.NAME)).getSeqNumber();
        byte[] body = cseq == inviteCseq ? (tag != null && tag.equals(calleeTag()) ? answerBody : null)
                : cseq == lastResponseCseq ? lastResponseBody : null;
        if (body != null && SdpBody.of(ok) != null) {
            try {
                SdpBody.replace(ok, body);
            } catch (java.text.ParseException e) {
                throw new IllegalStateException("the SDP content type was there a moment ago", e);
            }
        }
    }
}
