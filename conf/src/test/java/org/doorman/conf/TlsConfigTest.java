package org.doorman.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys SIP over TLS and NAT keep-alives read: sip.tls-*, sip.keepalive-interval. */
class TlsConfigTest {
    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void defaultsAreTlsOn5061WithAGeneratedCertificateNoClientCertificatesAndKeepAlivesEvery30Seconds() {
        SipConfig sip = loader.defaults().sip();
        assertEquals(5061, sip.tlsPort());
        assertTrue(sip.tlsEnabled());
        assertEquals("", sip.tlsCertificate());
        assertEquals("", sip.tlsKey());
        assertEquals("none", sip.tlsClientAuth());
        assertEquals("", sip.tlsClientCa());
        assertEquals(30, sip.keepaliveInterval());
    }

    @Test
    void tlsPortZeroTurnsTlsOff() {
        assertFalse(sip("sip.tls-port=0").tlsEnabled());
    }

    @Test
    void tlsPortOutOfRangeNamesTheKey() {
        ConfigException e = refused("sip.tls-port=70000");
        assertEquals("sip.tls-port", e.key());
        assertTrue(e.getMessage().contains("0 to turn SIP over TLS off"), e.getMessage());
    }

    @Test
    void certificateAndKeyAreGivenTogether() {
        SipConfig both = sip("sip.tls-certificate=/etc/doorman/cert.pem", "sip.tls-key=/etc/doorman/key.pem");
        assertEquals("/etc/doorman/cert.pem", both.tlsCertificate());
        assertEquals("/etc/doorman/key.pem", both.tlsKey());

        ConfigException noKey = refused("sip.tls-certificate=/etc/doorman/cert.pem");
        assertEquals("sip.tls-key", noKey.key());
        assertTrue(noKey.getMessage().contains("given together"), noKey.getMessage());
        assertEquals("sip.tls-certificate", refused("sip.tls-key=/etc/doorman/key.pem").key());
    }

    @Test
    void clientAuthIsNoneWantOrNeedInAnyCase() {
        assertEquals("want", sip("sip.tls-client-auth=WANT", "sip.tls-client-ca=/ca.pem").tlsClientAuth());
        assertEquals("need", sip("sip.tls-client-auth=need", "sip.tls-client-ca=/ca.pem").tlsClientAuth());
        ConfigException e = refused("sip.tls-client-auth=always");
        assertEquals("sip.tls-client-auth", e.key());
        assertTrue(e.getMessage().contains("'always'") && e.getMessage().contains("none, want, need"), e.getMessage());
    }

    @Test
    void askingForClientCertificatesNeedsTheCasTheyAreCheckedAgainst() {
        ConfigException e = refused("sip.tls-client-auth=need");
        assertEquals("sip.tls-client-ca", e.key());
        assertTrue(e.getMessage().contains("need"), e.getMessage());
    }

    @Test
    void keepAliveIntervalIsZeroOrFiveToAnHour() {
        assertEquals(0, sip("sip.keepalive-interval=0").keepaliveInterval());
        assertEquals(5, sip("sip.keepalive-interval=5").keepaliveInterval());
        assertEquals(3600, sip("sip.keepalive-interval=3600").keepaliveInterval());
        for (String bad : List.of("-1", "4", "3601")) {
            ConfigException e = refused("sip.keepalive-interval=" + bad);
            assertEquals("sip.keepalive-interval", e.key());
            assertTrue(e.getMessage().contains("0 (off)"), e.getMessage());
        }
    }

    @Test
    void keepAliveIntervalMustBeANumber() {
        assertEquals("sip.keepalive-interval", refused("sip.keepalive-interval=often").key());
    }

    private SipConfig sip(String... sets) {
        return loader.load(null, List.of(sets)).sip();
    }

    private ConfigException refused(String... sets) {
        return assertThrows(ConfigException.class, () -> loader.load(null, List.of(sets)));
    }
}
