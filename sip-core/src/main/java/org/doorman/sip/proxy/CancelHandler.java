package org.doorman.sip.proxy;

import gov.nist.javax.sip.ServerTransactionExt;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.message.Response;
import org.doorman.sip.SipContext;
import org.doorman.sip.handler.RequestHandler;
import org.doorman.sip.handler.Responder;

/** The caller gave up (CANCEL, RFC 3261 16.10): 200 to the CANCEL, then every ringing branch is cancelled. */
public final class CancelHandler implements RequestHandler {
    private final SipContext sip;
    private final Responder responder;

    public CancelHandler(SipContext sip, Responder responder) {
        this.sip = sip;
        this.responder = responder;
    }

    @Override
    public void handle(RequestEvent event) throws Exception {
        ServerTransaction server = event.getServerTransaction();
        if (server == null) {
            try {
                server = sip.provider().getNewServerTransaction(event.getRequest());
            } catch (TransactionAlreadyExistsException retransmission) {
                return;
            }
        }
        ServerTransaction invite = ((ServerTransactionExt) server).getCanceledInviteTransaction();
        if (invite == null || !(invite.getApplicationData() instanceof ForkedCall call)) {
            server.sendResponse(responder.create(event.getRequest(), Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null));
            return;
        }
        server.sendResponse(responder.create(event.getRequest(), Response.OK, null));
        call.onCallerCancel();
    }
}
