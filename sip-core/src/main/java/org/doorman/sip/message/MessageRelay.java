package org.doorman.sip.message;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.location.Binding;
import org.doorman.registrar.location.LocationService;
import org.doorman.sip.SipContext;
import org.doorman.sip.handler.Responder;
import org.doorman.sip.proxy.CallTargets;
import org.doorman.sip.proxy.ProxyMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays a MESSAGE between devices with the routing rules of calls: a room reaches its main monitor
 * and extensions, every registered contact of each gets a copy (unknown number 404, nobody
 * registered 480, the same refusals as a call otherwise).
 *
 * <p>Why a stateful fork rather than answering 202 Accepted and delivering afterwards: the sender
 * learns the truth. Its 200 comes from a device that took the message (the first 2xx is passed on
 * at once, the others are absorbed), and if nobody took it the best failure comes back, so a
 * monitor can show "not delivered". A 202 would claim a delivery doorman could not promise, as it
 * keeps no message store to retry from. Unlike INVITE nothing needs cancelling: each MESSAGE
 * transaction ends on its own. Bodies and their Content-Type travel unchanged.
 */
public final class MessageRelay {
    private static final Logger log = LoggerFactory.getLogger(MessageRelay.class);

    private final SipContext sip;
    private final Responder responder;
    private final ProxyMessages messages;
    private final CallTargets targets;
    private final LocationService location;
    private final ScheduledExecutorService timers;

    public MessageRelay(SipContext sip, Responder responder, ProxyMessages messages, CallTargets targets,
                        LocationService location, ScheduledExecutorService timers) {
        this.sip = sip;
        this.responder = responder;
        this.messages = messages;
        this.targets = targets;
        this.location = location;
        this.timers = timers;
    }

    void relay(ServerTransaction server, Request request, String sender, String dialled) {
        CallTargets.Decision decision = targets.resolve(sender, dialled);
        if (decision instanceof CallTargets.Decision.Refuse refuse) {
            MessageHandler.answer(responder, server, refuse.status(), refuse.reason());
            return;
        }
        List<String> devices = ((CallTargets.Decision.Ring) decision).devices();
        List<Binding> contacts = new ArrayList<>();
        devices.forEach(device -> contacts.addAll(location.bindings(device)));
        if (contacts.isEmpty()) {
            MessageHandler.answer(responder, server, Response.TEMPORARILY_UNAVAILABLE,
                    devices.size() == 1 ? "Device Offline" : "Nobody Online");
            return;
        }
        ForkedMessage fork = new ForkedMessage(responder, messages, server, contacts.size());
        int length = request.getRawContent() == null ? 0 : request.getRawContent().length;
        for (Binding b : contacts) {
            if (!MessageLimits.fits(length, b.transport())) {
                fork.failed(Response.MESSAGE_TOO_LARGE, "Message Too Large For " + b.transport());
                continue;
            }
            try {
                ClientTransaction tx = sip.provider().getNewClientTransaction(
                        messages.forward(request, b.contact(), b.transport(), false));
                tx.setApplicationData(fork.sink());
                tx.sendRequest();
            } catch (Exception e) {
                log.warn("MESSAGE from {} to {}: could not reach {}: {}", sender, dialled, b.aor(), e.toString());
                fork.failed(Response.SERVICE_UNAVAILABLE, "Could Not Reach " + b.aor());
            }
        }
        timers.schedule(fork::windowClosed, MessageLimits.DELIVERY_WINDOW.toMillis(), TimeUnit.MILLISECONDS);
    }
}
