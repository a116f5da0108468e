package org.doorman.registrar.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DigestVerifierTest {

    private static final String RFC2617_HA1 =
            Ha1.of(DigestAlgorithm.MD5, "Mufasa", "testrealm@host.com", "Circle Of Life");

    /** RFC 7616 section 3.9.1 (the password has a lower-case "of", erratum 4495). */
    private static DigestCredentials rfc7616(DigestAlgorithm a, String response) {
        return new DigestCredentials("Mufasa", "http-auth@example.org", "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
                "/dir/index.html", response, a, "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", "auth", "00000001",
                "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS");
    }

    private static DigestCredentials rfc2617(String qop, String nc, String cnonce, String response) {
        return new DigestCredentials("Mufasa", "testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                "/dir/index.html", response, DigestAlgorithm.MD5, cnonce, qop, nc, "5ccc069c403ebaf9f0171e9517f40e41");
    }

    @Test
    void rfc2617Section3_5Md5WithQopAuth() {
        DigestCredentials c = DigestCredentialsParser.parse(DigestCredentialsParserTest.RFC2617_EXAMPLE);
        assertTrue(DigestVerifier.verify(c, "GET", RFC2617_HA1));
    }

    @Test
    void rfc7616Section3_9_1Sha256() {
        String ha1 = Ha1.of(DigestAlgorithm.SHA_256, "Mufasa", "http-auth@example.org", "Circle of Life");
        DigestCredentials c = rfc7616(DigestAlgorithm.SHA_256,
                "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
        assertTrue(DigestVerifier.verify(c, "GET", ha1));
    }

    @Test
    void rfc7616Section3_9_1Md5() {
        String ha1 = Ha1.of(DigestAlgorithm.MD5, "Mufasa", "http-auth@example.org", "Circle of Life");
        assertTrue(DigestVerifier.verify(rfc7616(DigestAlgorithm.MD5, "8ca523f5e9506fed4657c9700eebdbec"), "GET", ha1));
    }

    @Test
    void withoutQop() {
        // no RFC example; expected value computed independently with Python hashlib:
        // md5(HA1 + ':' + nonce + ':' + md5('GET:/dir/index.html'))
        assertTrue(DigestVerifier.verify(rfc2617(null, null, null, "670fd8c2df070c60b045671b8b24ff02"), "GET", RFC2617_HA1));
        assertFalse(DigestVerifier.verify(rfc2617(null, null, null, "6629fae49393a05397450978507c4ef1"), "GET", RFC2617_HA1));
    }

    @Test
    void wrongPasswordFails() {
        DigestCredentials c = DigestCredentialsParser.parse(DigestCredentialsParserTest.RFC2617_EXAMPLE);
        assertFalse(DigestVerifier.verify(c, "GET", Ha1.of(DigestAlgorithm.MD5, "Mufasa", "testrealm@host.com", "circle of life")));
    }

    @Test
    void everyHashedFieldMatters() {
        String good = "6629fae49393a05397450978507c4ef1";
        assertTrue(DigestVerifier.verify(rfc2617("auth", "00000001", "0a4f113b", good), "GET", RFC2617_HA1));
        assertFalse(DigestVerifier.verify(rfc2617("auth", "00000001", "0a4f113b", good), "REGISTER", RFC2617_HA1));
        assertFalse(DigestVerifier.verify(rfc2617("auth", "00000002", "0a4f113b", good), "GET", RFC2617_HA1));
        assertFalse(DigestVerifier.verify(rfc2617("auth", "00000001", "0a4f113c", good), "GET", RFC2617_HA1));
        assertFalse(DigestVerifier.verify(rfc2617("auth", "00000001", "0a4f113b", "6629fae49393a05397450978507c4ef0"),
                "GET", RFC2617_HA1));
    }

    @Test
    void upperCaseHexIsAccepted() {
        DigestCredentials c = rfc2617("auth", "00000001", "0a4f113b", "6629FAE49393A05397450978507C4EF1");
        assertTrue(DigestVerifier.verify(c, "GET", RFC2617_HA1.toUpperCase(Locale.ROOT)));
    }

    @Test
    void authIntIsNeverAccepted() {
        assertFalse(DigestVerifier.verify(rfc2617("auth-int", "00000001", "0a4f113b", "6629fae49393a05397450978507c4ef1"),
                "GET", RFC2617_HA1));
    }

    @Test
    void ha1OfAnotherAlgorithmIsAProgrammingError() {
        DigestCredentials sha = rfc7616(DigestAlgorithm.SHA_256, "00");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DigestVerifier.verify(sha, "GET", RFC2617_HA1));
        assertEquals("HA1 has 32 hex digits but SHA-256 needs 64", e.getMessage());
    }

    @Test
    void challengeOffersQopAuthAndTheAlgorithm() {
        assertEquals("Digest realm=\"doorman\", nonce=\"abc-_\", algorithm=SHA-256, qop=\"auth\"",
                DigestVerifier.challenge("doorman", "abc-_", DigestAlgorithm.SHA_256, false));
        assertEquals("Digest realm=\"doorman\", nonce=\"abc\", algorithm=MD5, qop=\"auth\", stale=true",
                DigestVerifier.challenge("doorman", "abc", DigestAlgorithm.MD5, true));
    }

    @Test
    void challengeQuotesTheRealmSafely() {
        assertEquals("Digest realm=\"a \\\"b\\\" \\\\c\", nonce=\"n\", algorithm=MD5, qop=\"auth\"",
                DigestVerifier.challenge("a \"b\" \\c", "n", DigestAlgorithm.MD5, false));
        assertThrows(IllegalArgumentException.class,
                () -> DigestVerifier.challenge("a\r\nX-Evil: 1", "n", DigestAlgorithm.MD5, false));
        assertThrows(IllegalArgumentException.class, () -> DigestVerifier.challenge("", "n", DigestAlgorithm.MD5, false));
    }

    @Test
    void aClientAnsweringOurChallengeIsVerified() {
        String challenge = DigestVerifier.challenge("doorman", "n0nce", DigestAlgorithm.SHA_256, false);
        assertTrue(challenge.contains("nonce=\"n0nce\""));
        // what a device computes from that challenge, spelled out independently of DigestVerifier
        DigestAlgorithm a = DigestAlgorithm.SHA_256;
        String ha1 = a.hashHex("9901#1:doorman:s3cret");
        String ha2 = a.hashHex("REGISTER:sip:10.0.0.1");
        String response = a.hashHex(ha1 + ":n0nce:0000000a:xyz:auth:" + ha2);
        DigestCredentials c = DigestCredentialsParser.parse("Digest username=\"9901#1\", realm=\"doorman\", nonce=\"n0nce\","
                + " uri=\"sip:10.0.0.1\", response=\"" + response + "\", algorithm=SHA-256, qop=auth, nc=0000000a, cnonce=\"xyz\"");
        assertTrue(DigestVerifier.verify(c, "REGISTER", Ha1.of(a, "9901#1", "doorman", "s3cret")));
        assertFalse(DigestVerifier.verify(c, "REGISTER", Ha1.of(a, "9901#1", "doorman", "s3cre7")));
    }
}
