package org.doorman.sip.proxy;

import java.time.Clock;
import javax.sip.ClientTransaction;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.address.Hop;
import javax.sip.address.Router;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.sip.DoorControl;
import org.doorman.sip.SipContext;
import org.doorman.sip.dialog.ActiveDialogs;
import org.doorman.sip.dialog.CallResult;
import org.doorman.sip.handler.RequestHandler;
import org.doorman.sip.handler.ResponseSink;
import org.doorman.sip.handler.Responder;

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

    public InDialogHandler(SipContext sip, Responder responder, ProxyMessages messages, Router router,
                           CallObserver observer, ActiveDialogs dialogs, DoorControl doors, Clock clock) {
        this.dialogs = dialogs;
        this.dtmf = new DtmfTap(dialogs, doors, clock);
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
        if (Request.ACK.equals(request.getMethod())) {
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
        if (Request.INFO.equals(request.getMethod())) {
            dtmf.inspect(request);
        }
        ClientTransaction client = sip.provider().getNewClientTransaction(out);
        client.setApplicationData(new Relay(server, request));
        client.sendRequest();
    }

    /** Relays the responses of one forwarded in-dialog request back to whoever sent it. */
    private final class Relay implements ResponseSink {
        private final ServerTransaction server;
        private final Request request;

        Relay(ServerTransaction server, Request request) {
            this.server = server;
            this.request = request;
        }

        @Override
        public void onResponse(Response response) {
            if (response.getStatusCode() == Response.TRYING) {
                return;
            }
            try {
                server.sendResponse(messages.upstream(response));
            } catch (Exception e) {
                responder.send(request, messages.upstream(response));
            }
            if (Request.BYE.equals(request.getMethod()) && response.getStatusCode() < 300
                    && response.getStatusCode() >= 200) {
                String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
                dialogs.ended(callId);
                observer.ended(callId, CallResult.ANSWERED);
            }
        }

        @Override
        public void onTimeout() {
            try {
                server.sendResponse(responder.create(request, Response.REQUEST_TIMEOUT, null));
            } catch (Exception e) {
                // the sender's transaction has given up as well
            }
        }
    }
}
