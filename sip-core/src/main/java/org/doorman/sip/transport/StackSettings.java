package org.doorman.sip.transport;

import gov.nist.javax.sip.stack.DefaultTlsSecurityPolicy;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.doorman.conf.SipConfig;
import org.doorman.sip.transport.tls.PemSecurityManagerProvider;
import org.doorman.sip.transport.tls.Rfc9325;
import org.doorman.sip.transport.tls.TlsCredentials;

/** The JAIN-SIP stack properties doorman runs with, derived from sip.* configuration. */
public final class StackSettings {
    private StackSettings() {}

    /** sip.tls-client-auth as JAIN-SIP's TLS_CLIENT_AUTH_TYPE ("Enabled" is its name for "need", and its default). */
    private static final Map<String, String> CLIENT_AUTH = Map.of("none", "Disabled", "want", "Want", "need", "Enabled");

    public static Properties from(SipConfig sip, String stackName, Optional<TlsCredentials> tls) {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", stackName);
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        p.setProperty("javax.sip.ROUTER_PATH", NextHopRouter.class.getName());
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", Slf4jServerLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        // Handlers are thread-safe; let the stack call them concurrently.
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "16");
        p.setProperty("gov.nist.javax.sip.TCP_POST_PARSING_THREAD_POOL_SIZE", "8");
        // Bounds against a peer that sends endlessly or slowly (RFC 4475 spirit: never hang).
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(sip.maxMessageSize()));
        p.setProperty("gov.nist.javax.sip.READ_TIMEOUT", "5000");
        // Keeps what the stock parser hides (the SIP version, repeated headers) for the request checks.
        p.setProperty("gov.nist.javax.sip.MESSAGE_PARSER_FACTORY", CheckingMessageParserFactory.class.getName());
        // NIO, with TCP framed by doorman: the stock NIO framing misreads compact and spaced Content-Length.
        p.setProperty("gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY", FramedMessageProcessorFactory.class.getName());
        p.setProperty("gov.nist.javax.sip.NIO_MAX_SOCKET_IDLE_TIME", Long.toString(sip.tcpIdleTimeout() * 1000L));
        p.setProperty("gov.nist.javax.sip.MAX_CONNECTIONS", "2048");
        p.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", "20000");
        p.setProperty("gov.nist.javax.sip.MAX_CLIENT_TRANSACTIONS", "20000");
        p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        // Sending a CANCEL makes the stack walk every client transaction to find the INVITE, once to
        // build the CANCEL's transaction and, with this check on, again to vet it: doorman cancels only
        // branches that answered provisionally and not finally (ForkedCall), so the second walk, a large
        // share of its CPU in group calls (bench/calls/profile), finds nothing new.
        p.setProperty("gov.nist.javax.sip.CANCEL_CLIENT_TRANSACTION_CHECKED", "false");
        p.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", Integer.toString(4 << 20));
        p.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", Integer.toString(4 << 20));
        p.setProperty("gov.nist.javax.sip.SECURITY_MANAGER_PROVIDER", PemSecurityManagerProvider.class.getName());
        // Named so the stack does not warn that it falls back to it; outbound TLS checks happen in the handshake.
        p.setProperty("gov.nist.javax.sip.TLS_SECURITY_POLICY", DefaultTlsSecurityPolicy.class.getName());
        tls.ifPresent(credentials -> tls(p, sip, credentials));
        return p;
    }

    /**
     * TLS for both directions: the stack applies one protocol and cipher list to the connections it
     * accepts and to those it opens (despite the property's name), and checks peers' certificates
     * with the provider's trust managers (never DisabledAll, which would trust anything).
     */
    private static void tls(Properties p, SipConfig sip, TlsCredentials credentials) {
        p.setProperty(PemSecurityManagerProvider.CERTIFICATE, credentials.certificate().toString());
        p.setProperty(PemSecurityManagerProvider.KEY, credentials.key().toString());
        if (credentials.clientCa() != null) {
            p.setProperty(PemSecurityManagerProvider.TRUSTED_CAS, credentials.clientCa().toString());
        }
        p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", String.join(",", Rfc9325.PROTOCOLS));
        p.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", String.join(",", Rfc9325.CIPHER_SUITES));
        p.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", CLIENT_AUTH.get(sip.tlsClientAuth()));
    }
}
