package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.doorman.sip.support.TestServer;
import org.doorman.sip.transport.tls.PemFiles;
import org.doorman.sip.transport.tls.Rfc9325;
import org.doorman.sip.transport.tls.TlsCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a plain TLS client gets from doorman's TLS port: TLS 1.2 and 1.3 with forward-secret AEAD
 * suites, the generated certificate, and a failed handshake for anything older or weaker (doorman
 * closes the connection, which the client reports as a handshake failure). The
 * test JVM allows TLS 1.0/1.1 (see legacy-tls-allowed.security), and each refusal is checked
 * against a control handshake that succeeds, so it is doorman that refuses, not the JDK.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsHandshakeTest {
    @TempDir static Path dataDir;
    private TestServer server;
    private X509Certificate generated;
    private SSLContext trustingGenerated;

    @BeforeAll
    void start() throws Exception {
        server = new TestServer(dataDir);
        generated = PemFiles.certificates(dataDir.resolve(TlsCredentials.GENERATED_CERTIFICATE)).get(0);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("doorman", generated);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        trustingGenerated = SSLContext.getInstance("TLS");
        trustingGenerated.init(null, tmf.getTrustManagers(), null);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
    void tls12And13CompleteWithAStrongSuiteAndTheGeneratedCertificate(String protocol) throws Exception {
        SSLSession session = handshake(server.tlsPort, new String[] {protocol}, null);
        assertEquals(protocol, session.getProtocol());
        assertTrue(Rfc9325.CIPHER_SUITES.contains(session.getCipherSuite()), session.getCipherSuite());
        assertArrayEquals(generated.getEncoded(), session.getPeerCertificates()[0].getEncoded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.1", "TLSv1"})
    void olderTlsIsRefused(String protocol) throws Exception {
        assertEquals(protocol, controlHandshake(new String[] {protocol}, null).getProtocol(),
                "this JVM's client must be able to speak " + protocol + " for the refusal to mean anything");
        assertThrows(SSLHandshakeException.class, () -> handshake(server.tlsPort, new String[] {protocol}, null));
    }

    @Test
    void tls12WithoutForwardSecrecyIsRefused() throws Exception {
        String[] rsaKeyExchange = {"TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA"};
        assertEquals("TLSv1.2", controlHandshake(new String[] {"TLSv1.2"}, rsaKeyExchange).getProtocol());
        assertThrows(SSLHandshakeException.class,
                () -> handshake(server.tlsPort, new String[] {"TLSv1.2"}, rsaKeyExchange));
    }

    @Test
    void tls12WithCbcInsteadOfAeadIsRefused() throws Exception {
        String[] cbc = {"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"};
        assertEquals("TLSv1.2", controlHandshake(new String[] {"TLSv1.2"}, cbc).getProtocol());
        assertThrows(SSLHandshakeException.class, () -> handshake(server.tlsPort, new String[] {"TLSv1.2"}, cbc));
    }

    /** A plain SSLSocket that offers only these protocols (and suites, if given) and completes a handshake. */
    private SSLSession handshake(int port, String[] protocols, String[] suites) throws IOException {
        try (SSLSocket socket = (SSLSocket) trustingGenerated.getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.setEnabledProtocols(protocols);
            if (suites != null) {
                socket.setEnabledCipherSuites(suites);
            }
            socket.startHandshake();
            return socket.getSession();
        }
    }

    /** The same client against a JDK server that allows everything this JVM allows, with doorman's certificate. */
    private SSLSession controlHandshake(String[] protocols, String[] suites) throws Exception {
        PrivateKey key = PemFiles.privateKey(dataDir.resolve(TlsCredentials.GENERATED_KEY));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("doorman", key, "x".toCharArray(), new X509Certificate[] {generated});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "x".toCharArray());
        SSLContext permissive = SSLContext.getInstance("TLS");
        permissive.init(kmf.getKeyManagers(), null, null);
        try (SSLServerSocket listener = (SSLServerSocket) permissive.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setEnabledProtocols(listener.getSupportedProtocols());
            listener.setEnabledCipherSuites(listener.getSupportedCipherSuites());
            CompletableFuture<Void> accepted = CompletableFuture.runAsync(() -> {
                try (SSLSocket peer = (SSLSocket) listener.accept()) {
                    peer.setSoTimeout(10_000);
                    peer.startHandshake();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            SSLSession session = handshake(listener.getLocalPort(), protocols, suites);
            accepted.get(10, TimeUnit.SECONDS);
            return session;
        }
    }
}
