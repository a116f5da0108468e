package org.doorman.sip.proxy;

import java.util.Optional;
import javax.sip.ClientTransaction;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.address.Hop;
import javax.sip.address.Router;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.sip.MediaAnchor;
import org.doorman.sip.SipContext;
import org.doorman.sip.dialog.ActiveDialogs;
import org.doorman.sip.dialog.CallResult;
import org.doorman.sip.handler.RequestHandler;
import org.doorman.sip.handler.ResponseSink;
import org.doorman.sip.handler.Responder;
import org.doorman.sip.transport.ReasonPhrase;

/**
 * Requests inside a dialog doorman Record-Routed (BYE, ACK for 2xx, re-INVITE, UPDATE, PRACK, INFO…):
 * pop our Route and pass them on to the remote target, ACK statelessly, everything else on a
 * transaction pair. A request that does not route through us gets 481.
 */
public final class InDialogHandler implements RequestHandler {
    private final SipContext sip;
    private final Responder responder;
    private final ProxyMessages messages;
    private final Router router;
    private final CallObserver observer;
    private final ActiveDialogs dialogs;
    private final DtmfTap dtmf;
    private final AnchoredDialogs anchored;

    public InDialogHandler(SipContext sip, Responder responder, ProxyMessages messages, Router router,
                           CallObserver observer, ActiveDialogs dialogs, DtmfTap dtmf, AnchoredDialogs anchored) {
        this.dialogs = dialogs;
        this.dtmf = dtmf;
        this.anchored = anchored;
        this.sip = sip;
        this.responder = responder;
        this.messages = messages;
        this.router = router;
        this.observer = observer;
    }

    @Override
    public void handle(RequestEvent event) throws Exception {
        Request request = event.getRequest();
        Request probe = (Request) request.clone();
        if (!messages.popOurRoutes(probe)) {
            responder.reply(request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
            return;
        }
        Hop hop = router.getNextHop(probe);
        String transport = hop == null ? "UDP" : hop.getTransport();
        Request out = messages.forward(request, null, transport, false);
        Optional<AnchoredDialog> call = anchored.find(callIdOf(request));
        if (call.isPresent()) {
            AnchoredDialog d = call.get();
            CSeqHeader cseq = (CSeqHeader) out.getHeader(CSeqHeader.NAME);
            cseq.setSeqNumber(d.forwardedCseq(d.senderOf(request), request.getMethod(), cseq.getSeqNumber()));
        }
        if (Request.ACK.equals(request.getMethod())) {
            if (call.isPresent()) {
                InDialogMedia.request(call.get(), request, out);
            }
            sip.provider().sendRequest(out);
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
        if (call.isPresent()) {
            MediaAnchor.Refused refused = InDialogMedia.request(call.get(), request, out);
            if (refused != null) {
                server.sendResponse(responder.create(request, refused.status(), ReasonPhrase.clean(refused.getMessage())));
                return;
            }
        }
        if (Request.INFO.equals(request.getMethod()) && dtmf.inspect(request)) {
            // Played to the door station in its media instead: the INFO itself would press the key twice there.
            server.sendResponse(responder.create(request, Response.OK, null));
            return;
        }
        ClientTransaction client = sip.provider().getNewClientTransaction(out);
        client.setApplicationData(new Relay(server, request, call.orElse(null)));
        client.sendRequest();
    }

    private static String callIdOf(Request request) {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    }

    /** Relays the responses of one forwarded in-dialog request back to whoever sent it. */
    private final class Relay implements ResponseSink {
        private final ServerTransaction server;
        private final Request request;
        private final AnchoredDialog call;

        Relay(ServerTransaction server, Request request, AnchoredDialog call) {
            this.server = server;
            this.request = request;
            this.call = call;
        }

        @Override
        public void onResponse(Response response) {
            if (response.getStatusCode() == Response.TRYING) {
                return;
            }
            if (Request.BYE.equals(request.getMethod()) && response.getStatusCode() >= 200) {
                anchored.ended(callIdOf(request)); // whatever the answer: neither side will send media now
            }
            if (Request.BYE.equals(request.getMethod()) && response.getStatusCode() < 300
                    && response.getStatusCode() >= 200) {
                // Logged before the 200 goes back, so whoever sees the hang-up finds it in the call log.
                String callId = callIdOf(request);
                dialogs.ended(callId);
                observer.ended(callId, CallResult.ANSWERED);
            }
            Response up = messages.upstream(response);
            if (call != null) {
                up = InDialogMedia.response(call, request, up);
                try {
                    up.setHeader((CSeqHeader) request.getHeader(CSeqHeader.NAME).clone()); // the number it was sent with
                } catch (RuntimeException e) {
                    // the response keeps the number it came with
                }
            }
            try {
                server.sendResponse(up);
            } catch (Exception e) {
                responder.send(request, up);
            }
        }

        @Override
        public void onTimeout() {
            if (Request.BYE.equals(request.getMethod())) {
                anchored.ended(callIdOf(request));
            }
            try {
                server.sendResponse(responder.create(request, Response.REQUEST_TIMEOUT, null));
            } catch (Exception e) {
                // the sender's transaction has given up as well
            }
        }
    }
}
