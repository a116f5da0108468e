package org.doorman.sip.auth;

import gov.nist.javax.sip.message.SIPRequest;
import javax.sip.ServerTransaction;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.message.Response;
import org.doorman.sip.SipContext;
import org.doorman.sip.handler.Responder;
import org.doorman.sip.handler.ToTag;

/**
 * Digest authentication of the requests the proxy puts through for a device (INVITE, MESSAGE):
 * Proxy-Authorization checked by {@link DigestGate}, 407 with fresh challenges when missing or
 * stale (RFC 3261 22.3), 403 when refused.
 */
public final class ProxyAuthentication {
    private final SipContext sip;
    private final Responder responder;
    private final DigestGate gate;

    public ProxyAuthentication(SipContext sip, Responder responder, DigestGate gate) {
        this.sip = sip;
        this.responder = responder;
        this.gate = gate;
    }

    /** Whether the request may go on as `claimedNumber` (its From user); if not, 407 or 403 went back on `server`. */
    public boolean admit(ServerTransaction server, SIPRequest request, String claimedNumber) throws Exception {
        Response refusal = refusal(request, claimedNumber);
        if (refusal != null) {
            responder.send(server, refusal);
        }
        return refusal == null;
    }

    /**
     * The same, answering a refusal without transaction state, back the way the request came: for
     * requests that keep no state until they are admitted (a retransmission is challenged again).
     */
    public boolean admit(SIPRequest request, String claimedNumber) throws Exception {
        Response refusal = refusal(request, claimedNumber);
        if (refusal != null) {
            responder.send(request, refusal);
        }
        return refusal == null;
    }

    private Response refusal(SIPRequest request, String claimedNumber) throws Exception {
        String source = request.getPeerPacketSourceAddress().getHostAddress();
        AuthResult auth = gate.authenticate(request, claimedNumber, source, ProxyAuthorizationHeader.NAME);
        if (auth instanceof AuthResult.Challenge challenge) {
            Response r = responder.create(request, Response.PROXY_AUTHENTICATION_REQUIRED, null);
            for (String value : gate.challenges(challenge.stale())) {
                r.addHeader(sip.headers().createHeader("Proxy-Authenticate", value));
            }
            return ToTag.ensure(r);
        }
        if (auth instanceof AuthResult.Forbidden forbidden) {
            return ToTag.ensure(responder.create(request, Response.FORBIDDEN, forbidden.reason()));
        }
        return null;
    }
}
