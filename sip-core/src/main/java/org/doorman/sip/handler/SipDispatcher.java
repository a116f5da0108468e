package org.doorman.sip.handler;

import gov.nist.javax.sip.message.SIPRequest;
import java.util.Map;
import java.util.TreeSet;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.Header;
import javax.sip.message.Request;
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
    private final RequestChecks checks;
    private final SessionBodyChecks bodyChecks;
    private final Responder responder;
    private final String allowed;

    public SipDispatcher(Map<String, RequestHandler> handlers, RequestChecks checks, SessionBodyChecks bodyChecks,
                         Responder responder) {
        this.handlers = Map.copyOf(handlers);
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
            RequestHandler handler = handlers.get(request.getMethod());
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

    private Header allowHeader() {
        return responder.allowHeader(allowed);
    }

    @Override
    public void processResponse(ResponseEvent event) {
        // Stray responses: doorman sends no requests of its own yet.
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        log.debug("transaction timed out: {}", event.getTimeout());
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
