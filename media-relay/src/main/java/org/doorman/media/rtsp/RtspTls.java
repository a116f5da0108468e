package org.doorman.media.rtsp;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Builds the TLS context RTSPS serves with from a private key and its certificate chain (e.g. SIP's PEM files). */
public final class RtspTls {
    private RtspTls() {
    }

    /** A server context presenting chain (leaf first) with key. */
    public static SSLContext context(PrivateKey key, List<X509Certificate> chain) throws GeneralSecurityException {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("RTSPS needs at least the server certificate");
        }
        char[] none = new char[0];
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, none);
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot create an empty key store", e);
        }
        store.setKeyEntry("rtsps", key, none, chain.toArray(new X509Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, none);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        return tls;
    }
}
