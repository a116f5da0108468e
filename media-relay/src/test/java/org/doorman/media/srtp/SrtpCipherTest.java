package org.doorman.media.srtp;

import static org.doorman.media.srtp.TestPackets.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One leg's SRTP: what one side seals the other opens, and nothing forged, replayed or mis-keyed gets through. */
class SrtpCipherTest {
    private static final int SSRC = 0x1234abcd;
    private final SecureRandom random = new SecureRandom();

    /** The relay's cipher toward a door station, and the door station's own, sharing the two SDES keys. */
    private record Link(SdesKey relayKey, SdesKey stationKey, LegCipher relay, LegCipher station) {
    }

    private Link link(SrtpSuite suite) {
        SdesKey relayKey = SdesKey.generate(1, suite, random);
        SdesKey stationKey = SdesKey.generate(1, suite, random);
        return new Link(relayKey, stationKey, new SrtpCipher(stationKey, relayKey), new SrtpCipher(relayKey, stationKey));
    }

    /** Another cipher that seals with the relay's key, as the relay would after a restart of its state. */
    private LegCipher anotherSealerWithTheRelaysKey(Link link) {
        return new SrtpCipher(SdesKey.generate(1, link.relayKey().suite(), random), link.relayKey());
    }

    private static byte[] sealRtp(LegCipher c, byte[] plain) {
        return c.sealRtp(plain, plain.length);
    }

    private static byte[] openRtp(LegCipher c, byte[] secured) {
        return c.openRtp(secured.clone(), secured.length);
    }

    /** Seals RTCP, past the few packets a _32 leg holds back while it waits to hear its peer's SRTCP. */
    private static byte[] sealRtcp(LegCipher c, byte[] plain) {
        byte[] sealed = null;
        for (int i = 0; sealed == null && i <= SrtcpTagLearner.SEALS_BEFORE_GIVING_UP; i++) {
            sealed = c.sealRtcp(plain, plain.length);
        }
        return sealed;
    }

    private static byte[] openRtcp(LegCipher c, byte[] secured) {
        return c.openRtcp(secured.clone(), secured.length);
    }

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void whatOneSideSealsTheOtherOpensBothWays(SrtpSuite suite) {
        Link link = link(suite);
        for (int seq = 100; seq < 110; seq++) {
            byte[] plain = TestPackets.rtp(SSRC, seq);
            byte[] secured = sealRtp(link.relay(), plain);
            assertEquals(plain.length + suite.tagLength(), secured.length);
            assertFalse(Arrays.equals(plain, 12, plain.length, secured, 12, plain.length), "payload encrypted");
            assertArrayEquals(plain, openRtp(link.station(), secured));
            byte[] back = TestPackets.rtp(SSRC + 1, seq);
            assertArrayEquals(back, openRtp(link.relay(), sealRtp(link.station(), back)));
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void rtcpRoundTripsWithTheRfcTags(SrtpSuite suite) {
        Link link = link(suite);
        for (int i = 0; i < 5; i++) {
            byte[] plain = TestPackets.rtcp(SSRC, i);
            byte[] secured = sealRtcp(link.relay(), plain);
            int tag = suite == SrtpSuite.AEAD_AES_128_GCM ? 16 : 10; // RFC 4568: _32 shortens only SRTP's tag
            assertEquals(plain.length + 4 + tag, secured.length);
            assertArrayEquals(plain, openRtcp(link.station(), secured));
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void aTamperedPacketIsRefusedAndTheStreamGoesOn(SrtpSuite suite) {
        Link link = link(suite);
        byte[] secured = sealRtp(link.relay(), TestPackets.rtp(SSRC, 7));
        for (int at : new int[] {2, 20, secured.length - 1}) { // header, payload, tag
            byte[] forged = secured.clone();
            forged[at] ^= 0x01;
            assertNull(openRtp(link.station(), forged), "bit flipped at " + at);
        }
        assertArrayEquals(TestPackets.rtp(SSRC, 7), openRtp(link.station(), secured));

        byte[] rtcp = sealRtcp(link.relay(), TestPackets.rtcp(SSRC, 1));
        byte[] forged = rtcp.clone();
        forged[12] ^= 0x40;
        assertNull(openRtcp(link.station(), forged));
        assertArrayEquals(TestPackets.rtcp(SSRC, 1), openRtcp(link.station(), rtcp));
    }

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void aReplayIsRefusedButALatePacketIsNot(SrtpSuite suite) {
        Link link = link(suite);
        byte[] first = sealRtp(link.relay(), TestPackets.rtp(SSRC, 1));
        byte[] second = sealRtp(link.relay(), TestPackets.rtp(SSRC, 2));
        byte[] third = sealRtp(link.relay(), TestPackets.rtp(SSRC, 3));
        assertNotNull(openRtp(link.station(), first));
        assertNotNull(openRtp(link.station(), third));
        assertNull(openRtp(link.station(), first), "replayed");
        assertArrayEquals(TestPackets.rtp(SSRC, 2), openRtp(link.station(), second), "late but new");
        assertNull(openRtp(link.station(), second), "replayed late packet");

        byte[] rtcp = sealRtcp(link.relay(), TestPackets.rtcp(SSRC, 0));
        assertNotNull(openRtcp(link.station(), rtcp));
        assertNull(openRtcp(link.station(), rtcp), "replayed RTCP");
    }

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void anotherKeyOpensNothing(SrtpSuite suite) {
        Link link = link(suite);
        LegCipher stranger = new SrtpCipher(SdesKey.generate(1, suite, random), SdesKey.generate(1, suite, random));
        assertNull(openRtp(stranger, sealRtp(link.relay(), TestPackets.rtp(SSRC, 5))));
        assertNull(openRtcp(stranger, sealRtcp(link.relay(), TestPackets.rtcp(SSRC, 0))));
    }

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void theStreamOutlivesTheSequenceNumberWrap(SrtpSuite suite) {
        Link link = link(suite);
        byte[] afterWrap = null;
        for (int n = 65_000; n < 66_100; n++) {
            byte[] plain = TestPackets.rtp(SSRC, n & 0xffff);
            byte[] secured = sealRtp(link.relay(), plain);
            assertArrayEquals(plain, openRtp(link.station(), secured), "packet " + n);
            afterWrap = secured;
        }
        // the rollover counter really went into the keystream: a receiver that missed the wrap cannot open it
        LegCipher missedTheWrap = new SrtpCipher(link.relayKey(), SdesKey.generate(1, suite, random));
        assertNull(openRtp(missedTheWrap, afterWrap));
    }

    @Test
    void aLegOnThe32BitSuiteWaitsForItsPeersSrtcpThenFallsBackToTheRfcTag() {
        Link link = link(SrtpSuite.AES_CM_128_HMAC_SHA1_32);
        byte[] plain = TestPackets.rtcp(SSRC, 0);
        for (int i = 0; i < SrtcpTagLearner.SEALS_BEFORE_GIVING_UP; i++) {
            assertNull(link.relay().sealRtcp(plain, plain.length), "still listening for the peer's SRTCP");
        }
        byte[] sealed = link.relay().sealRtcp(plain, plain.length);
        assertEquals(plain.length + 4 + 10, sealed.length, "heard nothing: RFC 4568's 80-bit SRTCP tag");
        assertArrayEquals(plain, openRtcp(link.station(), sealed));
        byte[] reply = TestPackets.rtcp(SSRC + 1, 0);
        byte[] sealedReply = link.station().sealRtcp(reply, reply.length);
        assertEquals(reply.length + 4 + 10, sealedReply.length, "the station heard the 80-bit tag: answers at once");
        assertArrayEquals(reply, openRtcp(link.relay(), sealedReply));
    }

    @Test
    void resealingASequenceNumberAlreadySentIsRefused() {
        LegCipher relay = link(SrtpSuite.AES_CM_128_HMAC_SHA1_80).relay();
        byte[] plain = TestPackets.rtp(SSRC, 40);
        assertNotNull(sealRtp(relay, plain));
        byte[] other = TestPackets.rtp(SSRC, 40);
        other[30] ^= 0x55;
        assertNull(sealRtp(relay, other), "same index, other payload: would reuse keystream");
    }

    @Test
    void sealingLeavesItsInputAlone() {
        LegCipher relay = link(SrtpSuite.AES_CM_128_HMAC_SHA1_32).relay();
        byte[] plain = TestPackets.rtp(SSRC, 9);
        byte[] copy = plain.clone();
        sealRtp(relay, plain);
        sealRtcp(relay, TestPackets.rtcp(SSRC, 0));
        assertArrayEquals(copy, plain);
    }

    @Test
    void opensOnlyTheLengthGivenOfALargerReceiveBuffer() {
        Link link = link(SrtpSuite.AEAD_AES_128_GCM);
        byte[] secured = sealRtp(link.relay(), TestPackets.rtp(SSRC, 3));
        byte[] receiveBuffer = Arrays.copyOf(secured, 1500);
        Arrays.fill(receiveBuffer, secured.length, receiveBuffer.length, (byte) 0x77);
        assertArrayEquals(TestPackets.rtp(SSRC, 3), link.station().openRtp(receiveBuffer, secured.length));
    }

    @Test
    void garbageIsRefusedWithoutAnException() {
        LegCipher cipher = link(SrtpSuite.AES_CM_128_HMAC_SHA1_80).station();
        for (int i = 0; i < 500; i++) {
            byte[] junk = new byte[random.nextInt(64)];
            random.nextBytes(junk);
            if (junk.length > 0) {
                junk[0] = (byte) (junk[0] | 0x80); // looks like RTP version 2, with random CC and X bits
            }
            assertNull(cipher.openRtp(junk.clone(), junk.length));
            assertNull(cipher.openRtcp(junk.clone(), junk.length));
        }
        assertNull(cipher.openRtp(new byte[10], 20), "length beyond the array");
        byte[] badExtension = TestPackets.rtp(SSRC, 1);
        badExtension[0] |= 0x10; // header extension whose length runs past the packet
        badExtension[14] = (byte) 0xff;
        assertNull(cipher.sealRtp(badExtension, 16));
    }

    @Test
    void aPeerCannotMakeTheLegKeepEndlessSsrcs() {
        Link link = link(SrtpSuite.AES_CM_128_HMAC_SHA1_80);
        for (int ssrc = 1; ssrc <= SrtpCipher.MAX_SSRCS; ssrc++) {
            assertNotNull(openRtp(link.station(), sealRtp(link.relay(), TestPackets.rtp(ssrc, 1))));
        }
        assertNull(sealRtp(link.relay(), TestPackets.rtp(SrtpCipher.MAX_SSRCS + 1, 1)), "sealing is bounded");
        byte[] oneTooMany = sealRtp(anotherSealerWithTheRelaysKey(link), TestPackets.rtp(SrtpCipher.MAX_SSRCS + 1, 1));
        assertNull(openRtp(link.station(), oneTooMany), "opening is bounded");
        LegCipher secondRelay = link(SrtpSuite.AES_CM_128_HMAC_SHA1_80).relay();
        assertNotNull(sealRtp(secondRelay, TestPackets.rtp(7, 1)), "other legs are not affected");
        assertNotNull(openRtp(link.station(), sealRtp(link.relay(), TestPackets.rtp(1, 2))), "known streams go on");
    }

    @Test
    void servesAsTheRelaysFactoryForSecureLegs() {
        LegCipher.Factory factory = SrtpCipher::new;
        SdesKey key = SdesKey.generate(1, SrtpSuite.AEAD_AES_128_GCM, random);
        LegCipher cipher = factory.create(key, key);
        assertTrue(cipher.secure());
        byte[] plain = TestPackets.rtp(SSRC, 1);
        assertArrayEquals(plain, openRtp(cipher, sealRtp(cipher, plain)));
    }
}
