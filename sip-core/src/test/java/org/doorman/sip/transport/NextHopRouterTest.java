package org.doorman.sip.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import javax.sip.SipFactory;
import javax.sip.address.AddressFactory;
import javax.sip.address.Hop;
import javax.sip.address.URI;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import org.junit.jupiter.api.Test;

/** Where requests go over TLS: registered devices on their connection, Routes and URIs by their transport. */
class NextHopRouterTest {
    private final NextHopRouter router = new NextHopRouter(null, null);

    @Test
    void aDeviceRegisteredOverTlsIsReachedAtItsSourceOverTls() throws Exception {
        router.useRegisteredHops(contact -> contact.equals("sip:8001@10.0.0.5:5061;transport=tls")
                ? Optional.of(NextHopRouter.hop("203.0.113.7", 40123, "TLS")) : Optional.empty());
        assertHop("203.0.113.7", 40123, "TLS", router.getNextHop(request("sip:8001@10.0.0.5:5061;transport=tls")));
    }

    @Test
    void aTlsRouteIsFollowedOverTlsToItsPortOr5061() throws Exception {
        Request r = request("sip:9901@10.0.0.6");
        r.addHeader(headers().createRouteHeader(addresses().createAddress("<sip:192.0.2.1;transport=tls;lr>")));
        assertHop("192.0.2.1", 5061, "TLS", router.getNextHop(r));
    }

    @Test
    void aSipsUriMeansTls() throws Exception {
        assertHop("10.0.0.6", 5061, "TLS", router.getNextHop(request("sips:9901@10.0.0.6")));
        assertHop("10.0.0.6", 5071, "TLS", router.getNextHop(request("sips:9901@10.0.0.6:5071")));
    }

    private static void assertHop(String host, int port, String transport, Hop hop) {
        assertEquals(host + ":" + port + "/" + transport, hop.getHost() + ":" + hop.getPort() + "/"
                + hop.getTransport().toUpperCase());
    }

    private static Request request(String target) throws Exception {
        URI uri = addresses().createURI(target);
        var from = addresses().createAddress("<sip:8000@192.0.2.1>");
        return messages().createRequest(uri, Request.OPTIONS, headers().createCallIdHeader("c"),
                headers().createCSeqHeader(1L, Request.OPTIONS), headers().createFromHeader(from, "f"),
                headers().createToHeader(addresses().createAddress(uri), null),
                List.of(headers().createViaHeader("192.0.2.1", 5060, "udp", "z9hG4bK1")),
                headers().createMaxForwardsHeader(70));
    }

    private static SipFactory factory() {
        SipFactory f = SipFactory.getInstance();
        f.setPathName("gov.nist");
        return f;
    }

    private static AddressFactory addresses() throws Exception {
        return factory().createAddressFactory();
    }

    private static HeaderFactory headers() throws Exception {
        return factory().createHeaderFactory();
    }

    private static MessageFactory messages() throws Exception {
        return factory().createMessageFactory();
    }
}
