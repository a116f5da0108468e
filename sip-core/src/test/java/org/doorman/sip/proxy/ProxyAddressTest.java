package org.doorman.sip.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.sip.SipFactory;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import org.junit.jupiter.api.Test;

/** How doorman recognises itself in Route headers, for each of its transports. */
class ProxyAddressTest {
    private final ProxyAddress self = new ProxyAddress("192.0.2.1", 5060, 5060, 5061);

    @Test
    void eachTransportHasItsPort() {
        assertEquals(5060, self.port("UDP"));
        assertEquals(5060, self.port("tcp"));
        assertEquals(5061, self.port("TLS"));
        assertEquals(5061, self.port("tls"));
    }

    @Test
    void aTlsRouteNamesUsOnTheTlsPortOnly() throws Exception {
        assertTrue(self.isUs(uri("sip:192.0.2.1:5061;transport=tls;lr")));
        assertFalse(self.isUs(uri("sip:192.0.2.1:5060;transport=tls;lr")));
        assertTrue(self.isUs(uri("sip:192.0.2.1;transport=tls;lr")), "TLS's default port is 5061");
    }

    @Test
    void aSipsRouteMeansTls() throws Exception {
        assertTrue(self.isUs(uri("sips:192.0.2.1;lr")));
        assertFalse(self.isUs(uri("sips:192.0.2.1:5060;lr")));
    }

    @Test
    void plainRoutesStillNameUsOnUdpAndTcp() throws Exception {
        assertTrue(self.isUs(uri("sip:192.0.2.1;lr")));
        assertTrue(self.isUs(uri("sip:192.0.2.1:5060;transport=udp;lr")));
        assertFalse(self.isUs(uri("sip:192.0.2.9:5060;lr")));
    }

    @Test
    void withTlsOffNoTlsRouteIsUs() throws Exception {
        ProxyAddress noTls = new ProxyAddress("192.0.2.1", 5060, 5060, 0);
        assertFalse(noTls.isUs(uri("sip:192.0.2.1:5061;transport=tls;lr")));
    }

    private static SipURI uri(String text) throws Exception {
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        AddressFactory addresses = factory.createAddressFactory();
        return (SipURI) addresses.createURI(text);
    }
}
