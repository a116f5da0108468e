package org.doorman.sip.handler;

import javax.sip.message.Response;

/** Receives what happens on one client transaction the proxy started (kept as its application data). */
public interface ResponseSink {
    void onResponse(Response response);

    /** No final response came in time. */
    void onTimeout();
}
