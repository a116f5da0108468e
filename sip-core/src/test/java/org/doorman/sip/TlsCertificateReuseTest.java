package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;
import org.doorman.sip.support.TestServer;
import org.doorman.sip.transport.tls.PemFiles;
import org.doorman.sip.transport.tls.TlsCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certificate a restarted server presents is the one it generated on its first start. */
class TlsCertificateReuseTest {
    @TempDir Path dataDir;

    @Test
    void theCertificateGeneratedOnFirstStartIsPresentedAgainAfterARestart() throws Exception {
        X509Certificate first;
        try (TestServer server = new TestServer(dataDir)) {
            first = presented(server.tlsPort);
        }
        byte[] keyOnDisk = Files.readAllBytes(dataDir.resolve(TlsCredentials.GENERATED_KEY));
        X509Certificate second;
        try (TestServer server = new TestServer(dataDir)) {
            second = presented(server.tlsPort);
        }
        assertArrayEquals(first.getEncoded(), second.getEncoded());
        assertArrayEquals(keyOnDisk, Files.readAllBytes(dataDir.resolve(TlsCredentials.GENERATED_KEY)));
        assertEquals(PemFiles.certificates(dataDir.resolve(TlsCredentials.GENERATED_CERTIFICATE)).get(0), second);
    }

    /** The server certificate from a handshake whose client records it instead of judging it. */
    private static X509Certificate presented(int port) throws Exception {
        AtomicReference<X509Certificate> seen = new AtomicReference<>();
        X509TrustManager recorder = new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { seen.set(chain[0]); }
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new X509TrustManager[] {recorder}, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
        }
        return seen.get();
    }
}
