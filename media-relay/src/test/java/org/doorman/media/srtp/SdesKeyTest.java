package org.doorman.media.srtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SdesKeyTest {
    @Test
    void readsTheRfc4568Example() {
        // RFC 4568 section 9.1's example key (the lifetime and MKI removed: MKI lines are not understood)
        SdesKey k = SdesKey.parse("1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20")
                .orElseThrow();
        assertEquals(1, k.tag());
        assertEquals(SrtpSuite.AES_CM_128_HMAC_SHA1_80, k.suite());
        assertEquals(16, k.key().length);
        assertEquals(14, k.salt().length);
        assertEquals((byte) 0x3d, k.key()[0]);
    }

    @Test
    void writesWhatItReads() {
        for (SrtpSuite suite : SrtpSuite.values()) {
            SdesKey k = SdesKey.generate(7, suite, new SecureRandom());
            SdesKey back = SdesKey.parse(k.toAttribute()).orElseThrow();
            assertEquals(k, back);
            assertArrayEquals(k.salt(), back.salt());
        }
    }

    @Test
    void refusesWhatItCannotUse() {
        assertTrue(SdesKey.parse("1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32")
                .isEmpty(), "MKI");
        assertTrue(SdesKey.parse("1 F8_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR").isEmpty());
        assertTrue(SdesKey.parse("1 AES_CM_128_HMAC_SHA1_80 inline:c2hvcnQ=").isEmpty(), "too short");
        assertTrue(SdesKey.parse("1 AES_CM_128_HMAC_SHA1_80 inline:!!!").isEmpty(), "not base64");
        assertTrue(SdesKey.parse("x AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR").isEmpty());
        assertTrue(SdesKey.parse("1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR"
                + " UNENCRYPTED_SRTP").isEmpty(), "session parameters");
    }

    @Test
    void neverPrintsTheKey() {
        SdesKey k = SdesKey.generate(1, SrtpSuite.AES_CM_128_HMAC_SHA1_32, new SecureRandom());
        assertEquals("SdesKey[1 AES_CM_128_HMAC_SHA1_32]", k.toString());
    }
}
