package org.doorman.sip.proxy;

import java.util.Locale;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Message;

/** Reads and replaces the SDP body of a SIP message (Content-Length follows the new body). */
final class SdpBody {
    private SdpBody() {}

    /** The message's body when it is `application/sdp` and not empty, else null. */
    static byte[] of(Message m) {
        ContentTypeHeader type = (ContentTypeHeader) m.getHeader(ContentTypeHeader.NAME);
        byte[] raw = m.getRawContent();
        if (type == null || raw == null || raw.length == 0) {
            return null;
        }
        String t = (type.getContentType() + "/" + type.getContentSubType()).toLowerCase(Locale.ROOT);
        return t.equals("application/sdp") ? raw : null;
    }

    /** Puts `sdp` in place of the body; JAIN-SIP recomputes Content-Length. */
    static void replace(Message m, byte[] sdp) throws java.text.ParseException {
        m.setContent(sdp, (ContentTypeHeader) m.getHeader(ContentTypeHeader.NAME));
    }

    /** Takes the body out (Content-Type gone, Content-Length 0). */
    static void remove(Message m) {
        m.removeContent();
        m.removeHeader(ContentTypeHeader.NAME);
    }
}
