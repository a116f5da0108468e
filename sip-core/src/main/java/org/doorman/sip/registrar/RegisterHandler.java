package org.doorman.sip.registrar;

import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.stack.MessageChannel;
import java.time.Clock;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.sip.RequestEvent;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.UserAgentHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.directory.DeviceNumber;
import org.doorman.registrar.location.Binding;
import org.doorman.registrar.location.ExpiryPolicy;
import org.doorman.registrar.location.LocationService;
import org.doorman.registrar.location.RegisterOutcome;
import org.doorman.registrar.location.RegisterRequest;
import org.doorman.sip.Rfc3261;
import org.doorman.sip.SipContext;
import org.doorman.sip.auth.AuthResult;
import org.doorman.sip.auth.DigestGate;
import org.doorman.sip.handler.RequestHandler;
import org.doorman.sip.handler.Responder;

/**
 * The registrar (RFC 3261 section 10.3): authenticates the device, then binds, refreshes or removes
 * its contacts. Answers are stateless, as a registrar's usually are: a retransmitted REGISTER is
 * simply answered again.
 */
public final class RegisterHandler implements RequestHandler {
    /** REGISTERs remembered for retransmissions: 32 s at several thousand per second. */
    private static final int RETRANSMISSION_MEMORY = 200_000;
    private final SipContext sip;
    private final Responder responder;
    private final DigestGate gate;
    private final LocationService location;
    private final ExpiryPolicy expiry;
    private final Clock clock;
    private final RecentlyAccepted recent;

    public RegisterHandler(SipContext sip, Responder responder, DigestGate gate, LocationService location,
                           ExpiryPolicy expiry, Clock clock) {
        this.sip = sip;
        this.responder = responder;
        this.gate = gate;
        this.location = location;
        this.expiry = expiry;
        this.clock = clock;
        this.recent = new RecentlyAccepted(RETRANSMISSION_MEMORY, clock);
    }

    @Override
    public void handle(RequestEvent event) throws Exception {
        SIPRequest request = (SIPRequest) event.getRequest();
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        if (!(to.getAddress().getURI() instanceof SipURI toUri) || toUri.getUser() == null) {
            responder.reply(request, Rfc3261.BAD_REQUEST, "To Must Be A sip: URI With A User");
            return;
        }
        String aor = DeviceNumber.canonical(toUri.getUser());
        String sourceIp = request.getPeerPacketSourceAddress().getHostAddress();
        String retransmissionKey = RecentlyAccepted.key(((ViaHeader) request.getHeader(ViaHeader.NAME)).getBranch(),
                request.getCallId().getCallId(), request.getCSeq().getSeqNumber(),
                sourceIp + ":" + request.getPeerPacketSourcePort());
        if (recent.isRetransmission(retransmissionKey)) {
            answerOk(request, location.bindings(aor));
            return;
        }
        AuthResult auth = gate.authenticate(request, aor, sourceIp);
        if (auth instanceof AuthResult.Challenge challenge) {
            challenge(request, challenge.stale());
        } else if (auth instanceof AuthResult.Forbidden forbidden) {
            responder.reply(request, Rfc3261.FORBIDDEN, forbidden.reason());
        } else {
            if (register(request, ((AuthResult.Authenticated) auth).entry().number(), sourceIp)) {
                recent.accepted(retransmissionKey);
            }
        }
    }

    /** Applies the REGISTER; true when it was answered 200. */
    private boolean register(SIPRequest request, String aor, String sourceIp) throws Exception {
        RegisterContacts.Parsed parsed = RegisterContacts.parse(request, expiry);
        if (parsed.refusal() == Rfc3261.INTERVAL_TOO_BRIEF) {
            responder.reply(request, parsed.refusal(), parsed.reason(),
                    sip.headers().createMinExpiresHeader(expiry.minSeconds()));
            return false;
        }
        if (parsed.refusal() != 0) {
            responder.reply(request, parsed.refusal(), parsed.reason());
            return false;
        }
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        UserAgentHeader ua = (UserAgentHeader) request.getHeader(UserAgentHeader.NAME);
        RegisterRequest req = new RegisterRequest(aor, request.getCallId().getCallId(), request.getCSeq().getSeqNumber(),
                sourceIp, request.getPeerPacketSourcePort(), receivedOver(request, via),
                ua == null ? "" : ((SIPHeader) ua).getHeaderValue(), parsed.wildcard(), parsed.updates());
        RegisterOutcome outcome = location.register(req);
        if (outcome instanceof RegisterOutcome.Refused refused) {
            responder.reply(request, refused.status(), refused.reason());
            return false;
        }
        answerOk(request, ((RegisterOutcome.Accepted) outcome).bindings());
        return true;
    }

    private void answerOk(SIPRequest request, List<Binding> bindings) throws Exception {
        Response ok = responder.create(request, Response.OK, null);
        long now = clock.millis();
        for (Binding b : bindings) {
            ContactHeader contact = sip.headers().createContactHeader(
                    sip.addresses().createAddress(sip.addresses().createURI(b.contact())));
            contact.setExpires((int) b.expiresInSeconds(now));
            ok.addHeader(contact);
        }
        ok.setHeader(sip.headers().createDateHeader(Calendar.getInstance(TimeZone.getTimeZone("GMT"))));
        responder.send(request, ok);
    }

    /**
     * The transport the REGISTER really arrived on, which is how doorman reaches the device again:
     * a Via that says TCP on a TLS connection must not send calls to it in the clear.
     */
    private static String receivedOver(SIPRequest request, ViaHeader via) {
        String transport = request.getMessageChannel() instanceof MessageChannel channel ? channel.getTransport()
                : via.getTransport();
        return transport.toUpperCase(Locale.ROOT);
    }

    private void challenge(Request request, boolean stale) throws Exception {
        Response unauthorized = responder.create(request, Response.UNAUTHORIZED, null);
        for (String value : gate.challenges(stale)) {
            unauthorized.addHeader(sip.headers().createHeader("WWW-Authenticate", value));
        }
        responder.send(request, unauthorized);
    }
}
