package org.doorman.sip.handler;

import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.util.List;
import javax.sip.ServerTransaction;
import javax.sip.header.Header;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.sip.SipContext;
import org.doorman.sip.transport.ResponsePath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds and sends responses, statelessly or on a server transaction, never throwing at the caller. */
public final class Responder {
    private static final Logger log = LoggerFactory.getLogger(Responder.class);
    private final SipContext sip;

    public Responder(SipContext sip) {
        this.sip = sip;
    }

    public Response create(Request request, int status, String reason) throws Exception {
        Response response = sip.messages().createResponse(status, request);
        if (reason != null) {
            response.setReasonPhrase(reason);
        }
        response.setHeader(sip.headers().createServerHeader(List.of(sip.userAgent())));
        return response;
    }

    /** Sends a response without keeping transaction state (ACK never gets one). */
    public void reply(Request request, int status, String reason, Header... extra) {
        if (Request.ACK.equals(request.getMethod())) {
            return;
        }
        try {
            Response response = create(request, status, reason);
            for (Header h : extra) {
                if (h != null) {
                    response.addHeader(h);
                }
            }
            send(request, response);
        } catch (Exception e) {
            log.debug("could not answer {} {}: {}", request.getMethod(), status, e.toString());
        }
    }

    /** Sends a response without transaction state, back the way the request came. */
    public void send(Request request, Response response) {
        try {
            ResponsePath.send((SIPRequest) request, (SIPResponse) response);
        } catch (Exception e) {
            log.debug("could not send {} to {}: {}", response.getStatusCode(),
                    ResponsePath.source((SIPRequest) request), e.toString());
        }
    }

    public void send(ServerTransaction tx, Response response) {
        try {
            tx.sendResponse(response);
        } catch (Exception e) {
            log.debug("could not send {} on transaction: {}", response.getStatusCode(), e.toString());
        }
    }

    /** An Allow header listing methods, or null if it cannot be built. */
    public Header allowHeader(String methods) {
        try {
            return sip.headers().createAllowHeader(methods);
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * A header from its name and value, or null if it cannot be built. The value may be a list
     * ("a, b"): HeaderFactory.createHeader refuses more than one value, the stack's parser does not.
     */
    public Header header(String name, String value) {
        try {
            return StringMsgParser.parseSIPHeader(name + ": " + value);
        } catch (Exception e) {
            log.debug("could not build {}: {}", name, e.toString());
            return null;
        }
    }
}
