package org.doorman.sip.handler;

import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sip.header.AcceptHeader;
import javax.sip.header.ContentEncodingHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import org.doorman.sip.Rfc3261;
import org.doorman.sip.handler.RequestChecks.Refusal;

/**
 * Content checks (RFC 3261 8.2.3) for requests that carry a session offer. doorman anchors the media
 * of every call, so it must read the caller's SDP and send SDP back: an offer in any other format is
 * refused with 415 and an Accept naming SDP (RFC 4475 3.3.6 invut), a request whose Accept rules
 * SDP out with 406 (3.3.15 sdp01).
 */
public final class SessionBodyChecks {
    private static final String TYPE = "application";
    private static final String SUBTYPE = "sdp";

    private final Set<String> methods;

    /** `methods`: the request methods whose bodies are session descriptions, e.g. INVITE. */
    public SessionBodyChecks(Set<String> methods) {
        this.methods = Set.copyOf(methods);
    }

    public Refusal check(Request request) {
        if (!methods.contains(request.getMethod())) {
            return null;
        }
        if (hasBody(request) && !bodyIsPlainSdp(request)) {
            return new Refusal(Rfc3261.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                    Map.of(AcceptHeader.NAME, TYPE + "/" + SUBTYPE));
        }
        if (!acceptsSdp(request)) {
            return Refusal.of(Rfc3261.NOT_ACCEPTABLE, "Not Acceptable");
        }
        return null;
    }

    private static boolean hasBody(Request request) {
        byte[] body = request.getRawContent();
        return body != null && body.length > 0;
    }

    private static boolean bodyIsPlainSdp(Request request) {
        ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        ContentEncodingHeader encoding = (ContentEncodingHeader) request.getHeader(ContentEncodingHeader.NAME);
        return type != null && TYPE.equalsIgnoreCase(type.getContentType())
                && SUBTYPE.equalsIgnoreCase(type.getContentSubType())
                && (encoding == null || "identity".equalsIgnoreCase(encoding.getEncoding()));
    }

    /** No Accept means application/sdp (RFC 3261 20.1); otherwise a range must cover it with q > 0. */
    private static boolean acceptsSdp(Request request) {
        ListIterator<?> it = request.getHeaders(AcceptHeader.NAME);
        if (it == null || !it.hasNext()) {
            return true;
        }
        while (it.hasNext()) {
            AcceptHeader accept = (AcceptHeader) it.next();
            if (covers(accept.getContentType(), TYPE) && covers(accept.getContentSubType(), SUBTYPE)
                    && accept.getQValue() != 0f) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(String range, String value) {
        return range != null && ("*".equals(range.trim()) || value.equals(range.trim().toLowerCase(Locale.ROOT)));
    }
}
