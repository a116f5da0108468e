package org.doorman.sip.transport.tls;

import java.util.List;

/**
 * The TLS versions and cipher suites doorman offers, after RFC 9325 (BCP 195, secure use of TLS):
 * TLS 1.3 and 1.2 only, and for TLS 1.2 only ephemeral ECDHE key exchange with AEAD ciphers.
 * RFC 3261's mandatory TLS_RSA_WITH_AES_128_CBC_SHA is deliberately absent: no forward secrecy.
 */
public final class Rfc9325 {
    private Rfc9325() {}

    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    public static final List<String> CIPHER_SUITES = List.of(
            // TLS 1.3 (RFC 8446 section 9.1)
            "TLS_AES_128_GCM_SHA256",
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256",
            // TLS 1.2 (RFC 9325 section 4.2, plus the ChaCha20 suites of RFC 7905)
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
}
