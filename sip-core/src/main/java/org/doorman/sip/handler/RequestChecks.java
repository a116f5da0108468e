package org.doorman.sip.handler;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import javax.sip.address.SipURI;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.RequireHeader;
import javax.sip.message.Request;
import org.doorman.sip.Rfc3261;

/**
 * Checks every request passes before its method handler sees it (RFC 3261 8.2.1-8.2.2, 16.3):
 * the Request-URI scheme, Require'd extensions and Max-Forwards. Each failure is a status to answer.
 */
public final class RequestChecks {
    /** A refusal: the status, its reason phrase and, for 420, the unsupported option tags. */
    public record Refusal(int status, String reason, List<String> unsupported) {}

    private final Set<String> supportedExtensions;

    public RequestChecks(Set<String> supportedExtensions) {
        this.supportedExtensions = Set.copyOf(supportedExtensions);
    }

    public Refusal check(Request request) {
        String method = request.getMethod();
        if (!(request.getRequestURI() instanceof SipURI uri)) {
            return new Refusal(Rfc3261.UNSUPPORTED_URI_SCHEME, "Unsupported URI Scheme", List.of());
        }
        if (!Request.ACK.equals(method) && !Request.CANCEL.equals(method)) {
            List<String> unsupported = unsupportedRequirements(request);
            if (!unsupported.isEmpty()) {
                return new Refusal(Rfc3261.BAD_EXTENSION, "Bad Extension", unsupported);
            }
        }
        MaxForwardsHeader mf = (MaxForwardsHeader) request.getHeader(MaxForwardsHeader.NAME);
        boolean forServerItself = uri.getUser() == null
                && (Request.OPTIONS.equals(method) || Request.REGISTER.equals(method));
        if (mf != null && mf.getMaxForwards() == 0 && !forServerItself && !Request.REGISTER.equals(method)) {
            return new Refusal(Rfc3261.TOO_MANY_HOPS, "Too Many Hops", List.of());
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
