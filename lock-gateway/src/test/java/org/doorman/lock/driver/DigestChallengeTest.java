package org.doorman.lock.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading Digest challenges and answering them (RFC 2617's worked example, RFC 7616's SHA-256). */
class DigestChallengeTest {

    @Test
    void answersRfc2617sExample() {
        DigestChallenge c = DigestChallenge.from(List.of("Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\","
                + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"")).orElseThrow();
        String header = c.authorization("Mufasa", "Circle Of Life", "GET", "/dir/index.html", "0a4f113b");
        Map<String, String> p = DigestChallenge.params(header.substring("Digest ".length()));
        assertEquals("6629fae49393a05397450978507c4ef1", p.get("response"));
        assertEquals("00000001", p.get("nc"));
        assertEquals("auth", p.get("qop"));
        assertEquals("5ccc069c403ebaf9f0171e9517f40e41", p.get("opaque"));
    }

    @Test
    void answersRfc7616sSha256Example() {
        DigestChallenge c = DigestChallenge.from(List.of("Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\","
                + " algorithm=SHA-256, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\","
                + " opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"")).orElseThrow();
        String header = c.authorization("Mufasa", "Circle of Life", "GET", "/dir/index.html",
                "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
        assertEquals("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
                DigestChallenge.params(header.substring(7)).get("response"));
    }

    @Test
    void skipsBasicAndUnknownAlgorithmsForTheFirstUsableDigest() {
        var c = DigestChallenge.from(List.of("Basic realm=\"x\"", "Digest realm=\"a\", nonce=\"n\", algorithm=SHA-512",
                "Digest realm=\"b\", nonce=\"m\""));
        assertEquals("b", c.orElseThrow().realm());
        assertTrue(DigestChallenge.from(List.of("Basic realm=\"x\"")).isEmpty());
        assertTrue(DigestChallenge.from(List.of("Digest realm=\"a\", nonce=\"n\", qop=\"auth-int\"")).isEmpty());
    }

    @Test
    void quotedValuesMayHoldCommas() {
        assertEquals(Map.of("realm", "a, b", "nonce", "x\"y"), DigestChallenge.params("realm=\"a, b\", nonce=\"x\\\"y\""));
    }
}
