package org.doorman.sip.transport;

import gov.nist.javax.sip.stack.HopImpl;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.sip.SipStack;
import javax.sip.address.Hop;
import javax.sip.address.Router;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.RouteHeader;
import javax.sip.message.Request;

/**
 * Decides where the stack sends each request: to the top Route if there is one, else to where the
 * registered device behind the Request-URI really is (the source address and transport of its
 * REGISTER, so NATed devices and devices on TCP are reached on their own connection), else to the
 * Request-URI's host. The stack builds it by reflection (javax.sip.ROUTER_PATH); `SipServer` gives
 * it the binding lookup once the stack exists.
 */
public final class NextHopRouter implements Router {
    private volatile Function<String, Optional<Hop>> registeredHop = contact -> Optional.empty();

    public NextHopRouter(SipStack stack, String outboundProxy) {
        // Required constructor shape for javax.sip.ROUTER_PATH; doorman uses no outbound proxy.
    }

    public void useRegisteredHops(Function<String, Optional<Hop>> lookup) {
        this.registeredHop = lookup;
    }

    @Override
    public Hop getNextHop(Request request) {
        ListIterator<?> routes = request.getHeaders(RouteHeader.NAME);
        if (routes != null && routes.hasNext()) {
            return hopOf(((RouteHeader) routes.next()).getAddress().getURI());
        }
        URI target = request.getRequestURI();
        Optional<Hop> registered = registeredHop.apply(target.toString());
        return registered.isPresent() ? registered.get() : hopOf(target);
    }

    private static Hop hopOf(URI uri) {
        if (!(uri instanceof SipURI sip)) {
            return null;
        }
        String transport = sip.getTransportParam() != null ? sip.getTransportParam().toUpperCase(Locale.ROOT)
                : sip.isSecure() ? "TLS" : "UDP";
        String host = sip.getMAddrParam() != null ? sip.getMAddrParam() : sip.getHost();
        int port = sip.getPort() > 0 ? sip.getPort() : "TLS".equals(transport) ? 5061 : 5060;
        return new HopImpl(host, port, transport);
    }

    public static Hop hop(String host, int port, String transport) {
        return new HopImpl(host, port, transport);
    }

    @Override
    public Hop getOutboundProxy() {
        return null;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public java.util.ListIterator getNextHops(Request request) {
        return null;
    }
}
