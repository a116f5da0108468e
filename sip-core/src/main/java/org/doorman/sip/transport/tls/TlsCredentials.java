package org.doorman.sip.transport.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.doorman.conf.ConfigException;
import org.doorman.conf.SipConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PEM files doorman serves SIP over TLS with, checked before the stack reads them: the
 * operator's sip.tls-certificate and sip.tls-key, or a self-signed pair generated once into the
 * data directory and reused on later starts (generated again only when it has expired).
 */
public final class TlsCredentials {
    private static final Logger log = LoggerFactory.getLogger(TlsCredentials.class);
    public static final String GENERATED_CERTIFICATE = "sip-tls-certificate.pem";
    public static final String GENERATED_KEY = "sip-tls-key.pem";

    private final Path certificate;
    private final Path key;
    private final Path clientCa;
    private final X509Certificate leaf;
    private final boolean generated;

    private TlsCredentials(Path certificate, Path key, Path clientCa, X509Certificate leaf, boolean generated) {
        this.certificate = certificate;
        this.key = key;
        this.clientCa = clientCa;
        this.leaf = leaf;
        this.generated = generated;
    }

    /**
     * The configured files, or the generated ones in dataDir (made now if missing or expired).
     * `advertisedHost` goes into a new certificate's names. Refusals name the key to fix.
     */
    public static TlsCredentials resolve(SipConfig sip, Path dataDir, String advertisedHost, Clock clock) {
        Path clientCa = sip.tlsClientCa().isEmpty() ? null : Path.of(sip.tlsClientCa());
        if (clientCa != null) {
            check("sip.tls-client-ca", clientCa, () -> PemFiles.certificates(clientCa));
        }
        if (!sip.tlsCertificate().isEmpty()) {
            Path cert = Path.of(sip.tlsCertificate());
            Path key = Path.of(sip.tlsKey());
            X509Certificate leaf = loadPair(cert, key, "sip.tls-certificate", "sip.tls-key");
            warnIfNotValidNow(leaf, cert, clock);
            return new TlsCredentials(cert, key, clientCa, leaf, false);
        }
        if (dataDir == null) {
            throw ConfigException.of("sip.tls-certificate", "no certificate is configured and there is no data"
                    + " directory to generate one in");
        }
        Path cert = dataDir.resolve(GENERATED_CERTIFICATE);
        Path key = dataDir.resolve(GENERATED_KEY);
        if (Files.isRegularFile(cert) && Files.isRegularFile(key)) {
            String hint = "; delete " + cert + " and " + key + " to have a new self-signed certificate generated";
            X509Certificate leaf = check("sip.tls-certificate", cert, () -> {
                X509Certificate c = PemFiles.certificates(cert).get(0);
                PrivateKey k = PemFiles.privateKey(key);
                if (!PemFiles.matches(k, c)) {
                    throw new IOException(key + " is not the key of " + cert);
                }
                return c;
            }, hint);
            if (clock.millis() < leaf.getNotAfter().getTime()) {
                return new TlsCredentials(cert, key, clientCa, leaf, true);
            }
            log.warn("the self-signed SIP TLS certificate {} expired on {}: generating a new one; devices that"
                    + " pinned the old one must be given the new one", cert, leaf.getNotAfter().toInstant());
        }
        check("sip.tls-certificate", cert, () -> {
            SelfSignedCertificate.write(cert, key, List.of(advertisedHost), clock.instant());
            return null;
        }, " (generating a self-signed certificate in the data directory)");
        X509Certificate leaf = loadPair(cert, key, "sip.tls-certificate", "sip.tls-key");
        TlsCredentials generated = new TlsCredentials(cert, key, clientCa, leaf, true);
        log.info("generated a self-signed SIP TLS certificate {} (SHA-256 fingerprint {}); devices that check"
                + " certificates need it, or set sip.tls-certificate and sip.tls-key", cert, generated.fingerprint());
        return generated;
    }

    public Path certificate() {
        return certificate;
    }

    public Path key() {
        return key;
    }

    /** The CA certificates client certificates are checked against, or null for the JVM's default ones. */
    public Path clientCa() {
        return clientCa;
    }

    public boolean generated() {
        return generated;
    }

    /** The server certificate's SHA-256 fingerprint as devices show it (AB:CD:...). */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(leaf.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static X509Certificate loadPair(Path cert, Path key, String certKey, String keyKey) {
        X509Certificate leaf = check(certKey, cert, () -> PemFiles.certificates(cert).get(0));
        PrivateKey privateKey = check(keyKey, key, () -> PemFiles.privateKey(key));
        boolean matches = check(keyKey, key, () -> PemFiles.matches(privateKey, leaf));
        if (!matches) {
            throw ConfigException.of(keyKey, key + " is not the private key of the certificate in " + cert);
        }
        return leaf;
    }

    private static void warnIfNotValidNow(X509Certificate leaf, Path file, Clock clock) {
        try {
            leaf.checkValidity(java.util.Date.from(clock.instant()));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            log.warn("the SIP TLS certificate {} is not valid now ({} to {}): devices that check certificates"
                    + " will refuse it", file, leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant());
        }
    }

    private interface Load<T> {
        T get() throws IOException, GeneralSecurityException;
    }

    private static <T> T check(String configKey, Path file, Load<T> load) {
        return check(configKey, file, load, "");
    }

    private static <T> T check(String configKey, Path file, Load<T> load, String hint) {
        try {
            return load.get();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
            throw ConfigException.of(configKey, "cannot use " + file + ": " + why + hint);
        }
    }
}
