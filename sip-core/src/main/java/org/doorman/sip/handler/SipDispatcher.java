package org.doorman.sip.handler;

import gov.nist.javax.sip.message.SIPRequest;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.Header;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.sip.Rfc3261;
import org.doorman.sip.transport.ResponsePath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one SipListener: runs the common request checks, then hands each request to the handler of
 * its method. A handler that throws gets a 500 answered for it; no exception reaches the stack.
 */
public final class SipDispatcher implements SipListener {
    private static final Logger log = LoggerFactory.getLogger(SipDispatcher.class);
    private final Map<String, RequestHandler> handlers;
    private final RequestHandler inDialog;
    private final RequestChecks checks;
    private final SessionBodyChecks bodyChecks;
    private final Responder responder;
    private final String allowed;
    private volatile Consumer<Response> strays;

    public SipDispatcher(Map<String, RequestHandler> handlers, RequestHandler inDialog, RequestChecks checks,
                         SessionBodyChecks bodyChecks,
                         Responder responder) {
        this.handlers = Map.copyOf(handlers);
        this.inDialog = inDialog;
        this.checks = checks;
        this.bodyChecks = bodyChecks;
        this.responder = responder;
        this.allowed = String.join(", ", new TreeSet<>(handlers.keySet()));
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            RequestChecks.Refusal refusal = checks.check(request);
            if (refusal == null) {
                refusal = bodyChecks.check(request);
            }
            if (refusal != null) {
                refuse(request, refusal);
                return;
            }
            RequestHandler handler = inDialog(request) ? inDialog : handlers.get(request.getMethod());
            if (handler != null) {
                handler.handle(event);
            } else if (Rfc3261.KNOWN_METHODS.contains(request.getMethod())) {
                responder.reply(request, Rfc3261.METHOD_NOT_ALLOWED, null, allowHeader());
            } else {
                responder.reply(request, Rfc3261.NOT_IMPLEMENTED, null, allowHeader());
            }
        } catch (Exception | LinkageError e) {
            log.warn("{} from {} failed: {}", request.getMethod(), ResponsePath.source((SIPRequest) request),
                    e.toString(), e);
            responder.reply(request, Rfc3261.SERVER_INTERNAL_ERROR, null);
        }
    }

    private void refuse(Request request, RequestChecks.Refusal refusal) {
        Header[] extra = refusal.headers().entrySet().stream()
                .map(h -> responder.header(h.getKey(), h.getValue())).toArray(Header[]::new);
        responder.reply(request, refusal.status(), refusal.reason(), extra);
    }

    /** A request with a To tag belongs to a dialog (CANCEL never has one of its own). */
    private boolean inDialog(Request request) {
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        return inDialog != null && to != null && to.getTag() != null && !Request.CANCEL.equals(request.getMethod());
    }

    private Header allowHeader() {
        return responder.allowHeader(allowed);
    }

    @Override
    public void processResponse(ResponseEvent event) {
        try {
            ClientTransaction tx = event.getClientTransaction();
            if (tx != null && tx.getApplicationData() instanceof ResponseSink sink) {
                sink.onResponse(event.getResponse());
            } else if (tx == null && strays != null) {
                strays.accept(event.getResponse());
            }
        } catch (RuntimeException | LinkageError e) {
            log.warn("handling a {} response failed", event.getResponse().getStatusCode(), e);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (!event.isServerTransaction()
                && event.getClientTransaction().getApplicationData() instanceof ResponseSink sink) {
            try {
                sink.onTimeout();
            } catch (RuntimeException e) {
                log.warn("handling a transaction timeout failed", e);
            }
        }
    }

    /** Where responses without a transaction go (a 2xx retransmitted after the INVITE transaction ended). */
    public void onStrayResponse(Consumer<Response> strays) {
        this.strays = strays;
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        log.debug("I/O error towards {}:{} ({})", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // Nothing is kept per transaction.
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // Dialogs are not tracked by the stack (automatic dialog support is off).
    }
}
