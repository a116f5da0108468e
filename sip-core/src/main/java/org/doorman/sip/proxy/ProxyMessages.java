package org.doorman.sip.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.sip.SipContext;

/** Builds the messages a proxy sends (RFC 3261 section 16.6): forwarded requests and relayed responses. */
public final class ProxyMessages {
    private final SipContext sip;
    private final ProxyAddress self;

    public ProxyMessages(SipContext sip, ProxyAddress self) {
        this.sip = sip;
        this.self = self;
    }

    public ProxyAddress self() {
        return self;
    }

    /** A copy of the request for one target: new Request-URI, one hop less, our Via and Record-Route. */
    public Request forward(Request original, String targetUri, String outTransport, boolean recordRoute)
            throws Exception {
        Request r = (Request) original.clone();
        if (targetUri != null) {
            r.setRequestURI(sip.addresses().createURI(targetUri));
        }
        MaxForwardsHeader mf = (MaxForwardsHeader) r.getHeader(MaxForwardsHeader.NAME);
        if (mf == null) {
            r.setHeader(sip.headers().createMaxForwardsHeader(69));
        } else {
            mf.decrementMaxForwards();
        }
        r.removeHeader(ProxyAuthorizationHeader.NAME); // our own credentials stop here
        popOurRoutes(r);
        if (recordRoute) {
            String inTransport = ((ViaHeader) original.getHeader(ViaHeader.NAME)).getTransport();
            // Two entries when the transports differ, so each side reaches us on its own (RFC 3261 16.6 step 4).
            if (!inTransport.equalsIgnoreCase(outTransport)) {
                r.addFirst(recordRoute(inTransport));
            }
            r.addFirst(recordRoute(outTransport));
        }
        r.addFirst(via(outTransport));
        return r;
    }

    /** Removes the Route entries at the top that name this server (loose routing, RFC 3261 16.4). */
    public boolean popOurRoutes(Request r) throws javax.sip.SipException {
        boolean popped = false;
        ListIterator<?> it = r.getHeaders(RouteHeader.NAME);
        List<RouteHeader> keep = new ArrayList<>();
        boolean leading = true;
        while (it != null && it.hasNext()) {
            RouteHeader route = (RouteHeader) it.next();
            if (leading && route.getAddress().getURI() instanceof SipURI uri && self.isUs(uri)) {
                popped = true;
            } else {
                leading = false;
                keep.add(route);
            }
        }
        if (popped) {
            r.removeHeader(RouteHeader.NAME);
            for (RouteHeader route : keep) {
                r.addLast(route);
            }
        }
        return popped;
    }

    /** RFC 3261 16.3 step 4: a request that already carries our Via has come round in a loop. */
    public boolean looped(Request r) {
        ListIterator<?> vias = r.getHeaders(ViaHeader.NAME);
        while (vias.hasNext()) {
            ViaHeader via = (ViaHeader) vias.next();
            if (via.getHost().equals(self.host()) && via.getPort() == self.port(via.getTransport())) {
                return true;
            }
        }
        return false;
    }

    /** The response as it goes back towards the caller: our Via removed. */
    public Response upstream(Response received) {
        Response r = (Response) received.clone();
        r.removeFirst(ViaHeader.NAME);
        return r;
    }

    /** An ACK (CSeq of the 2xx) or BYE (next CSeq) that doorman itself sends to the device behind a 2xx. */
    public Request toAnswerer(Response ok, String method, String transport) throws Exception {
        ContactHeader contact = (ContactHeader) ok.getHeader(ContactHeader.NAME);
        CSeqHeader cseq = (CSeqHeader) ok.getHeader(CSeqHeader.NAME);
        long seq = Request.ACK.equals(method) ? cseq.getSeqNumber() : cseq.getSeqNumber() + 1;
        Request r = sip.messages().createRequest(contact.getAddress().getURI(), method,
                (CallIdHeader) ok.getHeader(CallIdHeader.NAME), sip.headers().createCSeqHeader(seq, method),
                (FromHeader) ok.getHeader(FromHeader.NAME), (ToHeader) ok.getHeader(ToHeader.NAME),
                List.of(via(transport)), sip.headers().createMaxForwardsHeader(70));
        ListIterator<?> rr = ok.getHeaders(RecordRouteHeader.NAME);
        List<Address> routes = new ArrayList<>();
        while (rr != null && rr.hasNext()) {
            Address a = ((RecordRouteHeader) rr.next()).getAddress();
            if (!(a.getURI() instanceof SipURI uri && self.isUs(uri))) {
                routes.add(a);
            }
        }
        for (Address a : routes) {
            r.addHeader(sip.headers().createRouteHeader(a));
        }
        return r;
    }

    public ViaHeader via(String transport) throws Exception {
        ViaHeader via = sip.headers().createViaHeader(self.host(), self.port(transport),
                transport.toLowerCase(Locale.ROOT), null);
        via.setRPort();
        return via;
    }

    private RecordRouteHeader recordRoute(String transport) throws Exception {
        SipURI uri = sip.addresses().createSipURI(null, self.host());
        uri.setPort(self.port(transport));
        uri.setTransportParam(transport.toLowerCase(Locale.ROOT));
        uri.setLrParam();
        return sip.headers().createRecordRouteHeader(sip.addresses().createAddress(uri));
    }
}
