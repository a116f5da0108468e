package org.doorman.sip.handler;

import java.util.List;
import javax.sip.RequestEvent;
import javax.sip.message.Response;
import org.doorman.sip.SipContext;

/** Answers OPTIONS (capability queries and device keep-alives) with what the server supports. */
public final class OptionsHandler implements RequestHandler {
    private final SipContext sip;
    private final Responder responder;
    private final List<String> allowed;

    public OptionsHandler(SipContext sip, Responder responder, List<String> allowed) {
        this.sip = sip;
        this.responder = responder;
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public void handle(RequestEvent event) throws Exception {
        Response ok = responder.create(event.getRequest(), Response.OK, null);
        for (String method : allowed) {
            ok.addHeader(sip.headers().createAllowHeader(method));
        }
        ok.addHeader(sip.headers().createAcceptHeader("application", "sdp"));
        ok.addHeader(sip.headers().createSupportedHeader("path"));
        responder.send(event.getRequest(), ok);
    }
}
