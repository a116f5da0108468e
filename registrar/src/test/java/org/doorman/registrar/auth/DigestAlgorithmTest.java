package org.doorman.registrar.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestAlgorithmTest {

    @Test
    void wireTokensAreThoseOfRfc7616() {
        assertEquals("MD5", DigestAlgorithm.MD5.token());
        assertEquals("SHA-256", DigestAlgorithm.SHA_256.token());
    }

    @Test
    void tokensAreCaseInsensitive() {
        assertEquals(Optional.of(DigestAlgorithm.SHA_256), DigestAlgorithm.fromToken("sha-256"));
        assertEquals(Optional.of(DigestAlgorithm.MD5), DigestAlgorithm.fromToken("md5"));
        assertEquals(Optional.of(DigestAlgorithm.SHA_256), DigestAlgorithm.fromToken(" SHA-256 "));
    }

    @Test
    void absentTokenMeansMd5() {
        assertEquals(Optional.of(DigestAlgorithm.MD5), DigestAlgorithm.fromToken(null));
    }

    @Test
    void unsupportedTokensAreEmpty() {
        assertTrue(DigestAlgorithm.fromToken("MD5-sess").isEmpty());
        assertTrue(DigestAlgorithm.fromToken("SHA-512-256").isEmpty());
        assertTrue(DigestAlgorithm.fromToken("SHA256").isEmpty());
        assertTrue(DigestAlgorithm.fromToken("").isEmpty());
    }

    @Test
    void hashesMatchPublishedTestVectors() {
        // RFC 1321 appendix A.5 and FIPS 180-2 appendix B.1
        assertEquals("900150983cd24fb0d6963f7d28e17f72", DigestAlgorithm.MD5.hashHex("abc"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                DigestAlgorithm.SHA_256.hashHex("abc"));
    }

    @Test
    void hashesTheUtf8Bytes() {
        // expected value from Python: hashlib.md5('ä'.encode()).hexdigest()
        assertEquals("8419b71c87a225a2c70b50486fbee545", DigestAlgorithm.MD5.hashHex("ä"));
    }

    @Test
    void hexLengthMatchesOutput() {
        for (DigestAlgorithm a : DigestAlgorithm.values()) {
            assertEquals(a.hexLength(), a.hashHex("x").length(), a.name());
        }
    }
}
