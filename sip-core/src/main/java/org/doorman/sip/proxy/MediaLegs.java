package org.doorman.sip.proxy;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.sip.MediaAnchor;
import org.doorman.sip.MediaAnchor.Side;
import org.doorman.sip.SipContext;
import org.doorman.sip.transport.ReasonPhrase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media sessions of one forked call, one per branch ("Call-ID/branch index"): the INVITE's SDP
 * offer is rewritten per branch, each branch's SDP in 18x and 2xx on its way to the caller, and a
 * branch's session is released when the branch is over. The winner's session moves to the answered
 * dialog ({@link AnchoredDialogs}), which releases it when the call ends. An INVITE without SDP is a
 * late offer: the 2xx carries the callee's offer and the caller's ACK the answer. Not thread-safe:
 * the ForkedCall calls it under its own lock.
 */
final class MediaLegs {
    private static final Logger log = LoggerFactory.getLogger(MediaLegs.class);

    private final MediaAnchor anchor;
    private final String callId;
    private final boolean callerSecure;
    private final boolean earlyOffer;
    /** Branches whose session has not been released. */
    private final Set<Integer> live = new HashSet<>();
    /** The 2xx body each branch's answer was relayed with, so a retransmission carries the same. */
    private final Map<Integer, byte[]> relayedAnswers = new HashMap<>();

    MediaLegs(MediaAnchor anchor, Request invite) {
        this.anchor = anchor;
        this.callId = ((javax.sip.header.CallIdHeader) invite.getHeader("Call-ID")).getCallId();
        this.callerSecure = AnchoredDialog.tls(((ViaHeader) invite.getHeader(ViaHeader.NAME)).getTransport());
        this.earlyOffer = SdpBody.of(invite) != null;
        if (!earlyOffer) {
            log.info("call {}: the INVITE has no SDP (late offer): the 2xx offers, the ACK answers", callId);
        }
    }

    String session(Branch b) {
        return callId + "/" + b.index;
    }

    private static boolean secure(Branch b) {
        return AnchoredDialog.tls(b.transport);
    }

    /** Opens the branch's session and rewrites the offer in its INVITE. */
    void offer(Branch b, Request forwarded) throws MediaAnchor.Refused, java.text.ParseException {
        live.add(b.index);
        byte[] sdp = SdpBody.of(forwarded);
        if (sdp != null) {
            SdpBody.replace(forwarded, anchor.offer(session(b), Side.CALLER, sdp, callerSecure, secure(b)));
        }
    }

    /**
     * The branch's response as it may go on to the caller: an SDP body in a 18x or 2xx goes through
     * the branch's session. A released branch's responses are left as they are: the call state never
     * relays them (it hangs a late 2xx up). A 18x whose SDP is refused goes on without it; a refused
     * 2xx throws, and the caller decides.
     */
    Response fromBranch(Branch b, Response r) throws MediaAnchor.Refused {
        if (r == null || r.getStatusCode() <= 100 || r.getStatusCode() >= 300) {
            return r;
        }
        byte[] sdp = SdpBody.of(r);
        boolean ok = r.getStatusCode() >= 200;
        boolean retransmitted = ok && relayedAnswers.containsKey(b.index);
        if (sdp == null || !(retransmitted || live.contains(b.index))) {
            return r;
        }
        Response out = (Response) r.clone();
        try {
            byte[] body = retransmitted ? relayedAnswers.get(b.index)
                    : earlyOffer ? anchor.answer(session(b), Side.CALLEE, sdp, secure(b), callerSecure)
                    : anchor.offer(session(b), Side.CALLEE, sdp, secure(b), callerSecure);
            SdpBody.replace(out, body);
            if (ok) {
                relayedAnswers.put(b.index, body);
            }
            return out;
        } catch (MediaAnchor.Refused refused) {
            if (ok) {
                throw refused;
            }
            log.info("call {}: the SDP of {}'s {} was refused ({}): relayed without it", callId, b.device,
                    r.getStatusCode(), refused.getMessage());
            SdpBody.remove(out);
            return out;
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("the SDP content type was there a moment ago", e);
        }
    }

    /** The failure a refused branch counts as: a response to its forwarded INVITE, as if the branch said it. */
    Response refusal(SipContext sip, Request forwarded, MediaAnchor.Refused refused) {
        try {
            Response r = sip.messages().createResponse(refused.status(), forwarded);
            String reason = ReasonPhrase.clean(refused.getMessage());
            if (!reason.isEmpty()) {
                r.setReasonPhrase(reason);
            }
            ((ToHeader) r.getHeader(ToHeader.NAME)).setTag("media" + Integer.toHexString(callId.hashCode()));
            return r;
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("a status and request we built ourselves", e);
        }
    }

    /** The branch is over (final failure, cancelled, hung up): its session is released, once. */
    void release(Branch b) {
        if (live.remove(b.index)) {
            anchor.release(session(b));
        }
    }

    /** Every branch session still open, except the winner's (which the answered dialog owns). */
    void releaseAllBut(int winner) {
        for (Integer index : Set.copyOf(live)) {
            if (index != winner && live.remove(index)) {
                anchor.release(callId + "/" + index);
            }
        }
    }

    /** Hands the winner's session to the answered dialog, which releases it at the end of the call. */
    AnchoredDialog dialogOf(Branch winner, Request invite, Instant at) {
        live.remove(winner.index);
        Side pending = !earlyOffer && relayedAnswers.containsKey(winner.index) ? Side.CALLEE : null;
        return new AnchoredDialog(anchor, callId, session(winner), invite, winner.answer,
                relayedAnswers.get(winner.index), winner.transport, pending, at);
    }
}
