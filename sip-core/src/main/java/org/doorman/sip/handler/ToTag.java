package org.doorman.sip.handler;

import javax.sip.header.ToHeader;
import javax.sip.message.Response;

/** A final response the server makes up itself carries a To tag of its own (RFC 3261 8.2.6.2). */
public final class ToTag {
    private ToTag() {}

    public static Response ensure(Response r) throws java.text.ParseException {
        ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
        if (to != null && to.getTag() == null) {
            to.setTag(Long.toHexString(System.nanoTime()));
        }
        return r;
    }
}
