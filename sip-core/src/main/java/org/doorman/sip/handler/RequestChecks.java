package org.doorman.sip.handler;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import javax.sip.address.SipURI;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.RequireHeader;
import javax.sip.header.UnsupportedHeader;
import javax.sip.message.Request;
import org.doorman.sip.Rfc3261;
import org.doorman.sip.transport.ParseFindings;

/**
 * Checks every request passes before its method handler sees it (RFC 3261 8.2.1-8.2.2, 16.3):
 * what the parser found on the wire (version, repeated headers), the Request-URI scheme, Require'd
 * extensions and Max-Forwards. Each failure is a status to answer.
 */
public final class RequestChecks {
    /** A refusal: the status, its reason phrase and any headers the status requires (name to value). */
    public record Refusal(int status, String reason, Map<String, String> headers) {
        public Refusal {
            headers = Map.copyOf(headers);
        }

        static Refusal of(int status, String reason) {
            return new Refusal(status, reason, Map.of());
        }
    }

    private final Set<String> supportedExtensions;

    public RequestChecks(Set<String> supportedExtensions) {
        this.supportedExtensions = Set.copyOf(supportedExtensions);
    }

    public Refusal check(Request request) {
        Refusal wire = wireFindings(ParseFindings.of(request));
        if (wire != null) {
            return wire;
        }
        String method = request.getMethod();
        if (!(request.getRequestURI() instanceof SipURI uri)) {
            return Refusal.of(Rfc3261.UNSUPPORTED_URI_SCHEME, "Unsupported URI Scheme");
        }
        if (!Request.ACK.equals(method) && !Request.CANCEL.equals(method)) {
            List<String> unsupported = unsupportedRequirements(request);
            if (!unsupported.isEmpty()) {
                // RFC 3261 8.2.2.3: the 420 lists what we do not support.
                return new Refusal(Rfc3261.BAD_EXTENSION, "Bad Extension",
                        Map.of(UnsupportedHeader.NAME, String.join(", ", unsupported)));
            }
        }
        MaxForwardsHeader mf = (MaxForwardsHeader) request.getHeader(MaxForwardsHeader.NAME);
        boolean forServerItself = uri.getUser() == null
                && (Request.OPTIONS.equals(method) || Request.REGISTER.equals(method));
        if (mf != null && mf.getMaxForwards() == 0 && !forServerItself && !Request.REGISTER.equals(method)) {
            return Refusal.of(Rfc3261.TOO_MANY_HOPS, "Too Many Hops");
        }
        return null;
    }

    /** 505 for a version other than SIP/2.0 (RFC 3261 21.5.7); 400 for repeated single headers (7.3.1). */
    private static Refusal wireFindings(ParseFindings findings) {
        if (!findings.versionSupported()) {
            return Refusal.of(Rfc3261.VERSION_NOT_SUPPORTED, "Version Not Supported");
        }
        if (!findings.repeatedHeaders().isEmpty()) {
            return Refusal.of(Rfc3261.BAD_REQUEST, "Repeated Single-Value Header: " + String.join(", ", findings.repeatedHeaders()));
        }
        return null;
    }

    private List<String> unsupportedRequirements(Request request) {
        List<String> unsupported = new ArrayList<>();
        ListIterator<?> it = request.getHeaders(RequireHeader.NAME);
        while (it.hasNext()) {
            String tag = ((RequireHeader) it.next()).getOptionTag();
            if (tag != null && !supportedExtensions.contains(tag.trim())) {
                unsupported.add(tag.trim());
            }
        }
        return unsupported;
    }
}
