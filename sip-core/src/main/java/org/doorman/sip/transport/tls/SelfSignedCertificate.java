package org.doorman.sip.transport.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the self-signed certificate doorman serves SIP over TLS with when the operator gave none,
 * and writes it and its key as PEM files readable by their owner only. Shaped like keytool's own
 * self-signed certificates (no CA flag, no key usage limits), which every TLS stack takes as a
 * directly trusted certificate.
 */
public final class SelfSignedCertificate {
    public static final Duration VALIDITY = Duration.ofDays(3650);
    private static final int RSA_BITS = 2048;

    private SelfSignedCertificate() {}

    /** A new RSA key and certificate for CN=doorman, valid for `localhost`, 127.0.0.1 and the given IP addresses. */
    public static void write(Path certificateFile, Path keyFile, List<String> ipAddresses, Instant now)
            throws IOException, GeneralSecurityException {
        SecureRandom random = new SecureRandom();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(RSA_BITS, random);
        KeyPair keys = generator.generateKeyPair();
        X509Certificate certificate = certificate(keys, ipAddresses, now, random);

        StringWriter key = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(key)) {
            pem.writeObject(new JcaPKCS8Generator(keys.getPrivate(), null));
        }
        StringWriter cert = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(cert)) {
            pem.writeObject(certificate);
        }
        // The key lands first: a certificate file present means its key is complete.
        writeOwnerOnly(keyFile, key.toString());
        writeOwnerOnly(certificateFile, cert.toString());
    }

    private static X509Certificate certificate(KeyPair keys, List<String> ipAddresses, Instant now,
                                               SecureRandom random) throws IOException, GeneralSecurityException {
        X500Name name = new X500Name("O=doorman intercom,CN=doorman");
        BigInteger serial = new BigInteger(127, random).add(BigInteger.ONE); // positive, at most 16 bytes
        // Backdated a day so a device whose clock lags still accepts it.
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial,
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), name, keys.getPublic());
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
        builder.addExtension(Extension.subjectAlternativeName, false, subjectAltNames(ipAddresses));
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign the certificate", e);
        }
    }

    private static GeneralNames subjectAltNames(List<String> ipAddresses) {
        Set<String> ips = new LinkedHashSet<>();
        ips.add("127.0.0.1");
        for (String ip : ipAddresses) {
            if (isIpLiteral(ip) && !ip.equals("0.0.0.0") && !ip.equals("::")) {
                ips.add(ip);
            }
        }
        List<GeneralName> names = new ArrayList<>();
        names.add(new GeneralName(GeneralName.dNSName, "localhost"));
        for (String ip : ips) {
            names.add(new GeneralName(GeneralName.iPAddress, ip));
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private static boolean isIpLiteral(String host) {
        if (!host.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            return false; // never resolve a name here
        }
        try {
            InetAddress.getByName(host);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
