package org.doorman.sip.proxy;

import java.util.Set;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.sip.MediaAnchor;
import org.doorman.sip.MediaAnchor.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SDP inside an answered call (re-INVITE, UPDATE, PRACK, the ACK of a late offer, and their
 * responses) through the call's media session, with the side that sent it.
 */
final class InDialogMedia {
    private static final Logger log = LoggerFactory.getLogger(InDialogMedia.class);
    /** The methods whose requests and responses may carry an offer or an answer (RFC 3264, 3262, 3311). */
    private static final Set<String> CARRY_SDP = Set.of(Request.INVITE, Request.UPDATE, Request.PRACK, Request.ACK);

    private InDialogMedia() {}

    /**
     * Rewrites the SDP of the forwarded copy `out` of `received`. Returns the anchor's refusal of an
     * offer, which the sender is answered with instead of forwarding; an ACK cannot be refused, so a
     * refused answer in an ACK goes on as it came (logged).
     */
    static MediaAnchor.Refused request(AnchoredDialog d, Request received, Request out) throws java.text.ParseException {
        byte[] sdp = SdpBody.of(out);
        if (sdp == null || !CARRY_SDP.contains(received.getMethod())) {
            return null;
        }
        Side from = d.senderOf(received);
        try {
            boolean ack = Request.ACK.equals(received.getMethod());
            SdpBody.replace(out, ack ? d.ack(from, sdp) : d.request(from, sdp));
            return null;
        } catch (MediaAnchor.Refused refused) {
            if (Request.ACK.equals(received.getMethod())) {
                log.warn("call {}: the answer in the {}'s ACK was refused ({}): forwarded as it came", d.callId,
                        from, refused.getMessage());
                return null;
            }
            return refused;
        }
    }

    /** The response to `request` as it goes back: SDP rewritten; a refused answer goes on as it came (logged). */
    static Response response(AnchoredDialog d, Request request, Response response) {
        if (!CARRY_SDP.contains(request.getMethod())) {
            return response;
        }
        int status = response.getStatusCode();
        if (status >= 300) {
            if (SdpBody.of(request) != null) {
                d.offerRejected();
            }
            return response;
        }
        byte[] sdp = SdpBody.of(response);
        if (sdp == null || status <= 100) {
            return response;
        }
        Side from = AnchoredDialog.other(d.senderOf(request));
        long cseq = ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber();
        try {
            SdpBody.replace(response, d.response(from, cseq, sdp));
        } catch (MediaAnchor.Refused refused) {
            log.warn("call {}: the {}'s SDP in a {} to {} was refused ({}): relayed as it came", d.callId, from,
                    status, request.getMethod(), refused.getMessage());
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("the SDP content type was there a moment ago", e);
        }
        return response;
    }
}
