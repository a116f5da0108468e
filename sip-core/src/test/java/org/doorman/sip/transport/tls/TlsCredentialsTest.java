package org.doorman.sip.transport.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.doorman.conf.ConfigException;
import org.doorman.conf.ConfigLoader;
import org.doorman.conf.SipConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the TLS certificate comes from: generated once and reused, or the operator's PEM files, checked. */
class TlsCredentialsTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    @TempDir Path dir;

    @Test
    void aSelfSignedCertificateIsGeneratedOnceOwnerOnlyAndReusedOnLaterStarts() throws Exception {
        TlsCredentials first = TlsCredentials.resolve(sip(), dir, "192.0.2.10", clock);
        assertTrue(first.generated());
        Path cert = dir.resolve(TlsCredentials.GENERATED_CERTIFICATE);
        Path key = dir.resolve(TlsCredentials.GENERATED_KEY);
        assertEquals(cert, first.certificate());
        assertEquals(key, first.key());
        for (Path file : List.of(cert, key)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
        byte[] certBytes = Files.readAllBytes(cert);
        byte[] keyBytes = Files.readAllBytes(key);

        TlsCredentials again = TlsCredentials.resolve(sip(), dir, "192.0.2.10", clock);
        assertEquals(first.fingerprint(), again.fingerprint());
        assertArrayEquals(certBytes, Files.readAllBytes(cert));
        assertArrayEquals(keyBytes, Files.readAllBytes(key));
    }

    @Test
    void theGeneratedCertificateNamesLocalhostLoopbackAndTheAdvertisedAddressForTenYears() throws Exception {
        TlsCredentials.resolve(sip(), dir, "192.0.2.10", clock);
        X509Certificate c = PemFiles.certificates(dir.resolve(TlsCredentials.GENERATED_CERTIFICATE)).get(0);
        assertEquals("CN=doorman,O=doorman intercom", c.getSubjectX500Principal().getName());
        List<String> names = c.getSubjectAlternativeNames().stream().map(n -> n.get(1).toString()).toList();
        assertEquals(List.of("localhost", "127.0.0.1", "192.0.2.10"), names);
        assertEquals("RSA", c.getPublicKey().getAlgorithm());
        assertTrue(c.getNotAfter().toInstant().isAfter(NOW.plus(Duration.ofDays(3649))));
        assertTrue(c.getNotBefore().toInstant().isBefore(NOW));
        c.verify(c.getPublicKey());
    }

    @Test
    void anExpiredGeneratedCertificateIsReplaced() throws Exception {
        String old = TlsCredentials.resolve(sip(), dir, "127.0.0.1", clock).fingerprint();
        Clock later = Clock.offset(clock, SelfSignedCertificate.VALIDITY.plusDays(1));
        TlsCredentials renewed = TlsCredentials.resolve(sip(), dir, "127.0.0.1", later);
        assertNotEquals(old, renewed.fingerprint());
        assertEquals(renewed.fingerprint(), TlsCredentials.resolve(sip(), dir, "127.0.0.1", later).fingerprint());
    }

    @Test
    void aDamagedGeneratedKeyIsRefusedRatherThanSilentlyReplaced() throws Exception {
        TlsCredentials.resolve(sip(), dir, "127.0.0.1", clock);
        Files.writeString(dir.resolve(TlsCredentials.GENERATED_KEY), "garbage\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> TlsCredentials.resolve(sip(), dir, "127.0.0.1", clock));
        assertEquals("sip.tls-certificate", e.key());
        assertTrue(e.getMessage().contains("delete"), e.getMessage());
    }

    @Test
    void theOperatorsPemFilesAreUsedAndNothingIsGenerated() throws Exception {
        Path cert = dir.resolve("site.crt");
        Path key = dir.resolve("site.key");
        SelfSignedCertificate.write(cert, key, List.of(), NOW);
        Path data = Files.createDirectory(dir.resolve("data"));
        TlsCredentials c = TlsCredentials.resolve(sip("sip.tls-certificate=" + cert, "sip.tls-key=" + key), data,
                "127.0.0.1", clock);
        assertFalse(c.generated());
        assertEquals(cert, c.certificate());
        assertFalse(Files.exists(data.resolve(TlsCredentials.GENERATED_CERTIFICATE)));
    }

    @Test
    void ecKeysInSec1AndRsaKeysInPkcs1FormAreRead() throws Exception {
        for (String algorithm : List.of("EC", "RSA")) {
            KeyPair pair = keyPair(algorithm);
            Path cert = write(dir.resolve(algorithm + ".crt"), certificate(pair, NOW.plus(Duration.ofDays(90))));
            Path key = write(dir.resolve(algorithm + ".key"), traditional(pair));
            assertTrue(Files.readString(key).contains("BEGIN " + algorithm + " PRIVATE KEY"));
            TlsCredentials c = TlsCredentials.resolve(sip("sip.tls-certificate=" + cert, "sip.tls-key=" + key), dir,
                    "127.0.0.1", clock);
            assertEquals(cert, c.certificate());
        }
    }

    @Test
    void aKeyThatIsNotTheCertificatesIsRefusedNamingTlsKey() throws Exception {
        Path cert = dir.resolve("a.crt");
        SelfSignedCertificate.write(cert, dir.resolve("a.key"), List.of(), NOW);
        SelfSignedCertificate.write(dir.resolve("b.crt"), dir.resolve("b.key"), List.of(), NOW);
        ConfigException e = assertThrows(ConfigException.class, () -> TlsCredentials.resolve(
                sip("sip.tls-certificate=" + cert, "sip.tls-key=" + dir.resolve("b.key")), dir, "127.0.0.1", clock));
        assertEquals("sip.tls-key", e.key());
        assertTrue(e.getMessage().contains("is not the private key"), e.getMessage());
    }

    @Test
    void aMissingCertificateFileIsRefusedNamingTheKeyAndFile() {
        ConfigException e = assertThrows(ConfigException.class, () -> TlsCredentials.resolve(
                sip("sip.tls-certificate=/nonexistent/site.crt", "sip.tls-key=/nonexistent/site.key"), dir,
                "127.0.0.1", clock));
        assertEquals("sip.tls-certificate", e.key());
        assertTrue(e.getMessage().contains("/nonexistent/site.crt") && e.getMessage().contains("no such file"),
                e.getMessage());
    }

    @Test
    void anEncryptedKeyIsRefusedWithHowToDecryptIt() throws Exception {
        KeyPair pair = keyPair("RSA");
        Path cert = write(dir.resolve("enc.crt"), certificate(pair, NOW.plus(Duration.ofDays(90))));
        Path key = write(dir.resolve("enc.key"), new JcaPKCS8Generator(pair.getPrivate(),
                new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC).setProvider(new BouncyCastleProvider())
                        .setPassword("pw".toCharArray()).build()));
        ConfigException e = assertThrows(ConfigException.class, () -> TlsCredentials.resolve(
                sip("sip.tls-certificate=" + cert, "sip.tls-key=" + key), dir, "127.0.0.1", clock));
        assertEquals("sip.tls-key", e.key());
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void aClientCaFileWithoutCertificatesIsRefusedNamingTheKey() throws Exception {
        Path empty = Files.writeString(dir.resolve("ca.pem"), "");
        ConfigException e = assertThrows(ConfigException.class, () -> TlsCredentials.resolve(
                sip("sip.tls-client-auth=want", "sip.tls-client-ca=" + empty), dir, "127.0.0.1", clock));
        assertEquals("sip.tls-client-ca", e.key());
    }

    private static SipConfig sip(String... sets) {
        return new ConfigLoader().load(null, List.of(sets)).sip();
    }

    private static KeyPair keyPair(String algorithm) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
        g.initialize(algorithm.equals("EC") ? 256 : 2048);
        return g.generateKeyPair();
    }

    private static X509Certificate certificate(KeyPair pair, Instant notAfter) throws Exception {
        X500Name name = new X500Name("CN=site");
        String signature = pair.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.TWO,
                Date.from(NOW.minus(Duration.ofDays(1))), Date.from(notAfter), name, pair.getPublic())
                .build(new JcaContentSignerBuilder(signature).build(pair.getPrivate())));
    }

    /** The key as OpenSSL's traditional forms hold it: PKCS#1 for RSA, SEC1 with its named curve for EC. */
    private static Object traditional(KeyPair pair) {
        if (pair.getPrivate() instanceof ECPrivateKey ec) {
            return new PemObject("EC PRIVATE KEY", uncheckedEncoded(new org.bouncycastle.asn1.sec.ECPrivateKey(256,
                    ec.getS(), new X962Parameters(SECObjectIdentifiers.secp256r1))));
        }
        return pair.getPrivate(); // BouncyCastle writes an RSA key as PKCS#1
    }

    private static byte[] uncheckedEncoded(org.bouncycastle.asn1.ASN1Object o) {
        try {
            return o.getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, Object pemObject) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(pemObject);
        }
        return Files.writeString(file, out.toString());
    }
}
