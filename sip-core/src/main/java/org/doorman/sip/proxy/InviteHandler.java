package org.doorman.sip.proxy;

import gov.nist.javax.sip.message.SIPRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.sip.ClientTransaction;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.directory.DeviceNumber;
import org.doorman.registrar.location.Binding;
import org.doorman.registrar.location.LocationService;
import org.doorman.sip.SipContext;
import org.doorman.sip.auth.DigestGate;
import org.doorman.sip.auth.ProxyAuthentication;
import org.doorman.sip.dialog.ActiveDialogs;
import org.doorman.sip.dialog.CallParties;
import org.doorman.sip.handler.RequestHandler;
import org.doorman.sip.handler.Responder;
import org.doorman.sip.handler.ToTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new call (INVITE outside a dialog): authenticate the caller, decide who it rings, fork it to
 * every registered contact of those devices (RFC 3261 section 16), Record-Routing so the dialog
 * keeps going through doorman.
 */
public final class InviteHandler implements RequestHandler {
    private static final Logger log = LoggerFactory.getLogger(InviteHandler.class);

    private final SipContext sip;
    private final Responder responder;
    private final ProxyMessages messages;
    private final ProxyAuthentication auth;
    private final CallTargets targets;
    private final LocationService location;
    private final CallObserver observer;
    private final ScheduledExecutorService timers;
    private final int ringSeconds;
    private final ActiveDialogs dialogs;
    private final Predicate<String> isDoorStation;
    private final AnchoredDialogs anchored;
    private final FailedBranchRelease failedBranches;

    public InviteHandler(SipContext sip, Responder responder, ProxyMessages messages, DigestGate gate,
                         boolean authenticate, CallTargets targets, LocationService location, CallObserver observer,
                         ScheduledExecutorService timers, int ringSeconds, ActiveDialogs dialogs,
                         Predicate<String> isDoorStation, AnchoredDialogs anchored) {
        this.anchored = anchored;
        this.dialogs = dialogs;
        this.isDoorStation = isDoorStation;
        this.sip = sip;
        this.responder = responder;
        this.messages = messages;
        this.auth = authenticate ? new ProxyAuthentication(sip, responder, gate) : null;
        this.targets = targets;
        this.location = location;
        this.observer = observer;
        this.timers = timers;
        this.ringSeconds = ringSeconds;
        this.failedBranches = new FailedBranchRelease(timers, FailedBranchRelease.LINGER_MS);
    }

    @Override
    public void handle(RequestEvent event) throws Exception {
        SIPRequest invite = (SIPRequest) event.getRequest();
        if (invite.getHeader(ContactHeader.NAME) == null) {
            responder.reply(invite, Response.BAD_REQUEST, "Missing Contact"); // RFC 3261 8.1.1.8: an INVITE needs one
            return;
        }
        if (invite.getHeader(MaxForwardsHeader.NAME) == null) {
            invite.setHeader(sip.headers().createMaxForwardsHeader(70)); // RFC 3261 16.6 step 3: the proxy adds it
        }
        ServerTransaction server = event.getServerTransaction();
        if (server == null) {
            try {
                server = sip.provider().getNewServerTransaction(invite);
            } catch (TransactionAlreadyExistsException retransmission) {
                return;
            }
        }
        server.sendResponse(responder.create(invite, Response.TRYING, null));
        if (messages.looped(invite)) {
            reply(server, Response.LOOP_DETECTED, null);
            return;
        }
        String caller = DeviceNumber.canonical(userOf((SipURI) ((FromHeader) invite.getHeader(FromHeader.NAME))
                .getAddress().getURI()));
        if (auth != null && !auth.admit(server, invite, caller)) {
            return;
        }
        String dialled = ((SipURI) invite.getRequestURI()).getUser();
        CallTargets.Decision decision = targets.resolve(caller, dialled == null ? "" : dialled);
        if (decision instanceof CallTargets.Decision.Refuse refuse) {
            reply(server, refuse.status(), refuse.reason());
            return;
        }
        CallTargets.Decision.Ring ring = (CallTargets.Decision.Ring) decision;
        List<Ringer.Target> contacts = contactsOf(ring.devices());
        if (contacts.isEmpty()) {
            reply(server, Response.TEMPORARILY_UNAVAILABLE, ring.devices().size() == 1 ? "Device Offline" : "Nobody Online");
            return;
        }
        String callerTag = ((FromHeader) invite.getHeader(FromHeader.NAME)).getTag();
        CallParties.Party from = new CallParties.Party(caller, callerTag,
                invite.getPeerPacketSourceAddress().getHostAddress(), isDoorStation.test(caller), auth != null);
        ForkedCall call = new ForkedCall(sip, messages, server, ringer(invite, caller), observer, from, dialogs,
                isDoorStation, anchored);
        server.setApplicationData(call);
        observer.started(call.callId(), caller, DeviceNumber.canonical(dialled), ring.devices());
        call.ring(contacts);
        call.ringTimer(timers.schedule(call::onRingTimeout, ringSeconds, TimeUnit.SECONDS));
        ring.forwardToCentreAfter().ifPresent(after ->
                timers.schedule(call::onForwardTimeout, after.toMillis(), TimeUnit.MILLISECONDS));
    }

    private List<Ringer.Target> contactsOf(List<String> devices) {
        List<Ringer.Target> contacts = new ArrayList<>();
        for (String device : devices) {
            for (Binding b : location.bindings(device)) {
                contacts.add(new Ringer.Target(device, b));
            }
        }
        return contacts;
    }

    private Ringer ringer(Request invite, String caller) {
        return new Ringer() {
            @Override
            public void ring(ForkedCall call, Branch b, Binding contact) {
                try {
                    Request out = messages.forward(invite, contact.contact(), b.transport, true);
                    if (!call.anchorOffer(b, out)) {
                        return;
                    }
                    ClientTransaction tx = sip.provider().getNewClientTransaction(out);
                    b.transaction = tx;
                    tx.setApplicationData(failedBranches.watching(tx, call.sinkFor(b)));
                    tx.sendRequest();
                } catch (Exception e) {
                    log.warn("call {}: could not ring {}: {}", call.callId(), b.device, e.toString());
                    call.onResponse(b, null);
                }
            }

            @Override
            public List<Ringer.Target> centre() {
                CallTargets.Decision d = targets.centre(caller);
                return d instanceof CallTargets.Decision.Ring r ? contactsOf(r.devices()) : List.of();
            }
        };
    }

    private void reply(ServerTransaction server, int status, String reason) throws Exception {
        server.sendResponse(ToTag.ensure(responder.create(server.getRequest(), status, reason)));
        log.debug("INVITE {} answered {}", ((CallIdHeader) server.getRequest().getHeader(CallIdHeader.NAME))
                .getCallId(), status);
    }

    private static String userOf(SipURI uri) {
        return uri.getUser() == null ? "" : uri.getUser();
    }
}
