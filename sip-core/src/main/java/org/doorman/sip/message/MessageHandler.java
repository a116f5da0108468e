package org.doorman.sip.message;

import gov.nist.javax.sip.message.SIPRequest;
import java.util.Locale;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.address.SipURI;
import javax.sip.header.FromHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Response;
import org.doorman.registrar.directory.DeviceNumber;
import org.doorman.sip.SipContext;
import org.doorman.sip.alarms.AlarmBody;
import org.doorman.sip.alarms.UnlockEventBody;
import org.doorman.sip.auth.ProxyAuthentication;
import org.doorman.sip.handler.RequestHandler;
import org.doorman.sip.handler.Responder;
import org.doorman.sip.handler.ToTag;
import org.doorman.sip.proxy.ProxyMessages;
import org.doorman.sip.routing.MessageAddressing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MESSAGE outside a dialog (RFC 3428). After the checks every request passes here (loop, body size
 * for the transport it came on, and, when sip.authenticate-calls is on, the sender's digest with
 * 407, as for INVITE; refusals are stateless), a door station's unlock event for the server goes to
 * {@link UnlockEventReceiver}, any other device alarm for the server to {@link AlarmReceiver}, and
 * anything for devices to {@link MessageRelay}; {@link MessageAddressing} and {@link UnlockEventBody}
 * tell them apart.
 */
public final class MessageHandler implements RequestHandler {
    private static final Logger log = LoggerFactory.getLogger(MessageHandler.class);

    private final SipContext sip;
    private final Responder responder;
    private final ProxyMessages messages;
    private final ProxyAuthentication auth;
    private final MessageAddressing addressing;
    private final AlarmReceiver alarms;
    private final UnlockEventReceiver unlocks;
    private final MessageRelay relay;

    /** @param auth null when sip.authenticate-calls is off */
    public MessageHandler(SipContext sip, Responder responder, ProxyMessages messages, ProxyAuthentication auth,
                          MessageAddressing addressing, AlarmReceiver alarms, UnlockEventReceiver unlocks,
                          MessageRelay relay) {
        this.sip = sip;
        this.responder = responder;
        this.messages = messages;
        this.auth = auth;
        this.addressing = addressing;
        this.alarms = alarms;
        this.unlocks = unlocks;
        this.relay = relay;
    }

    @Override
    public void handle(RequestEvent event) throws Exception {
        SIPRequest request = (SIPRequest) event.getRequest();
        // Refusals keep no transaction state: a stranger's or oversized MESSAGE costs nothing to
        // hold, and its retransmission is simply refused again.
        if (messages.looped(request)) {
            refuse(request, Response.LOOP_DETECTED, null);
            return;
        }
        byte[] body = request.getRawContent();
        String transport = ((ViaHeader) request.getHeader(ViaHeader.NAME)).getTransport();
        if (!MessageLimits.fits(body == null ? 0 : body.length, transport)) {
            refuse(request, Response.MESSAGE_TOO_LARGE, "Message Too Large For " + transport.toUpperCase(Locale.ROOT));
            return;
        }
        String sender = DeviceNumber.canonical(userOf(((FromHeader) request.getHeader(FromHeader.NAME))
                .getAddress().getURI()));
        if (auth != null && !auth.admit(request, sender)) {
            return;
        }
        ServerTransaction server = event.getServerTransaction();
        if (server == null) {
            try {
                server = sip.provider().getNewServerTransaction(request);
            } catch (TransactionAlreadyExistsException retransmission) {
                return;
            }
        }
        String dialled = userOf(request.getRequestURI());
        AlarmBody reading = AlarmBody.read(body);
        if (addressing.forServer(dialled, reading.json())) {
            UnlockEventBody.Reading unlock = UnlockEventBody.read(body);
            if (unlock.unlockEvent()) {
                unlocks.receive(server, request, sender, unlock);
            } else {
                alarms.receive(server, request, sender, reading);
            }
        } else {
            relay.relay(server, request, sender, dialled);
        }
    }

    private void refuse(SIPRequest request, int status, String reason) {
        try {
            responder.send(request, ToTag.ensure(responder.create(request, status, reason)));
        } catch (Exception e) {
            log.debug("could not refuse a MESSAGE with {}: {}", status, e.toString());
        }
    }

    /** A final response of our own on the MESSAGE's transaction. */
    static void answer(Responder responder, ServerTransaction server, int status, String reason) {
        try {
            responder.send(server, ToTag.ensure(responder.create(server.getRequest(), status, reason)));
        } catch (Exception e) {
            log.debug("could not answer a MESSAGE with {}: {}", status, e.toString());
        }
    }

    private static String userOf(javax.sip.address.URI uri) {
        return uri instanceof SipURI sip && sip.getUser() != null ? sip.getUser() : "";
    }
}
