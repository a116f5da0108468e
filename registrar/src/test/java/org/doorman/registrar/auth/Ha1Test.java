package org.doorman.registrar.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Ha1Test {

    @Test
    void md5OfTheRfc2617Example() {
        // expected value from Python: hashlib.md5(b'Mufasa:testrealm@host.com:Circle Of Life').hexdigest()
        assertEquals("939e7578ed9e3c518a452acee763bce9",
                Ha1.of(DigestAlgorithm.MD5, "Mufasa", "testrealm@host.com", "Circle Of Life"));
    }

    @Test
    void sha256OfTheRfc7616Example() {
        // expected value from Python: hashlib.sha256(b'Mufasa:http-auth@example.org:Circle of Life').hexdigest()
        assertEquals("7987c64c30e25f1b74be53f966b49b90f2808aa92faf9a00262392d7b4794232",
                Ha1.of(DigestAlgorithm.SHA_256, "Mufasa", "http-auth@example.org", "Circle of Life"));
    }

    @Test
    void extensionUserNameIsHashedAsGiven() {
        assertEquals(DigestAlgorithm.MD5.hashHex("9901#1:doorman:pw"), Ha1.of(DigestAlgorithm.MD5, "9901#1", "doorman", "pw"));
        assertNotEquals(Ha1.of(DigestAlgorithm.MD5, "9901#1", "doorman", "pw"),
                Ha1.of(DigestAlgorithm.MD5, "9901%231", "doorman", "pw"));
    }

    @Test
    void nullArgumentsAreRefused() {
        assertThrows(NullPointerException.class, () -> Ha1.of(DigestAlgorithm.MD5, null, "r", "p"));
        assertThrows(NullPointerException.class, () -> Ha1.of(null, "u", "r", "p"));
    }
}
