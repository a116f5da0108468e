package org.doorman.sip.message;

import java.util.Optional;
import javax.sip.ServerTransaction;
import javax.sip.message.Response;
import org.doorman.sip.handler.Responder;
import org.doorman.sip.handler.ResponseSink;
import org.doorman.sip.proxy.ProxyMessages;

/** One relayed MESSAGE in flight: its branches' answers in, the sender's one answer out ({@link FirstSuccess}). */
final class ForkedMessage {
    private final Responder responder;
    private final ProxyMessages messages;
    private final ServerTransaction server;
    private final FirstSuccess<Response> outcome;

    ForkedMessage(Responder responder, ProxyMessages messages, ServerTransaction server, int branches) {
        this.responder = responder;
        this.messages = messages;
        this.server = server;
        this.outcome = new FirstSuccess<>(branches);
    }

    /** The sink of one branch's client transaction; provisional responses are not passed on. */
    ResponseSink sink() {
        return new ResponseSink() {
            @Override
            public void onResponse(Response response) {
                if (response.getStatusCode() >= 200) {
                    apply(outcome.onFinal(response.getStatusCode(), response.getReasonPhrase(), response));
                }
            }

            @Override
            public void onTimeout() {
                failed(Response.REQUEST_TIMEOUT, "Request Timeout");
            }
        };
    }

    /** A branch that failed here, without a response of its own (could not be sent, too large). */
    void failed(int status, String reason) {
        apply(outcome.onFinal(status, reason, null));
    }

    void windowClosed() {
        apply(outcome.onWindowClosed());
    }

    private void apply(Optional<FirstSuccess.Verdict<Response>> verdict) {
        verdict.ifPresent(v -> {
            if (v.response() != null) {
                responder.send(server, messages.upstream(v.response()));
            } else {
                MessageHandler.answer(responder, server, v.status(), v.reason());
            }
        });
    }
}
