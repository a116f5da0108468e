package org.doorman.sip.handler;

import javax.sip.RequestEvent;

/** Handles the requests of one SIP method. */
public interface RequestHandler {
    void handle(RequestEvent event) throws Exception;
}
