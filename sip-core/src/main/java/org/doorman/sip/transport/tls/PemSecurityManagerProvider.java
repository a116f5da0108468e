package org.doorman.sip.transport.tls;

import gov.nist.core.net.SecurityManagerProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Gives the JAIN-SIP stack its TLS keys straight from PEM files, so there is no keystore with a
 * password to keep on disk. The stack builds it by reflection
 * (gov.nist.javax.sip.SECURITY_MANAGER_PROVIDER) and hands it the stack properties, where
 * {@link #CERTIFICATE}, {@link #KEY} and {@link #TRUSTED_CAS} name the files. Without a
 * certificate it has no key to offer, and TLS clients cannot complete a handshake with it.
 */
public final class PemSecurityManagerProvider implements SecurityManagerProvider {
    public static final String CERTIFICATE = "org.doorman.sip.tls.CERTIFICATE";
    public static final String KEY = "org.doorman.sip.tls.KEY";
    /**
     * CA certificates that peers' certificates must chain to, both clients' (when asked for) and
     * those of servers the stack connects to; without it, the JVM's default CAs.
     */
    public static final String TRUSTED_CAS = "org.doorman.sip.tls.TRUSTED_CAS";

    private KeyManager[] keyManagers;
    private TrustManager[] trustManagers;

    @Override
    public void init(Properties properties) throws GeneralSecurityException, IOException {
        // The in-memory keystore's password protects nothing; it only has to be the same twice.
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        char[] password = Base64.getEncoder().encodeToString(random).toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        String certificate = properties.getProperty(CERTIFICATE);
        if (certificate != null) {
            List<X509Certificate> chain = PemFiles.certificates(Path.of(certificate));
            PrivateKey key = PemFiles.privateKey(Path.of(properties.getProperty(KEY)));
            keys.setKeyEntry("doorman", key, password, chain.toArray(X509Certificate[]::new));
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        keyManagers = kmf.getKeyManagers();

        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        String trusted = properties.getProperty(TRUSTED_CAS);
        if (trusted == null) {
            tmf.init((KeyStore) null);
        } else {
            KeyStore cas = KeyStore.getInstance("PKCS12");
            cas.load(null, null);
            int i = 0;
            for (X509Certificate ca : PemFiles.certificates(Path.of(trusted))) {
                cas.setCertificateEntry("ca-" + i++, ca);
            }
            tmf.init(cas);
        }
        trustManagers = tmf.getTrustManagers();
    }

    @Override
    public KeyManager[] getKeyManagers(boolean client) {
        return keyManagers;
    }

    @Override
    public TrustManager[] getTrustManagers(boolean client) {
        return trustManagers;
    }
}
