package org.doorman.media.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import org.doorman.media.Leg;
import org.doorman.media.MediaRefusedException;
import org.doorman.media.sdp.Sdp;
import org.doorman.media.sdp.SdpMedia;
import org.doorman.media.sdp.SdpSamples;
import org.doorman.media.srtp.SdesKey;
import org.doorman.media.srtp.SrtpSuite;
import org.junit.jupiter.api.Test;

/** The SDES side of the rewriting under each media.srtp policy. */
class SdpSessionSrtpTest {
    private static final String RELAY = "203.0.113.5";
    private static final SdesKey A_KEY_1 = SdesKey.parse("1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR").orElseThrow();
    private static final SdesKey B_KEY = SdesKey.generate(2, SrtpSuite.AES_CM_128_HMAC_SHA1_80, new SecureRandom());

    private final FakePorts ports = new FakePorts();

    private SdpSession session(SrtpPolicy policy) {
        return new SdpSession(policy, RELAY, ports, new SecureRandom());
    }

    /** The callee's answer taking the relay's key with {@code tag}, with its own key. */
    private static String secureAnswer(String proto, SdesKey key) {
        return "v=0\r\no=- 5 5 IN IP4 10.0.0.50\r\ns=-\r\nc=IN IP4 10.0.0.50\r\nt=0 0\r\n"
                + "m=audio 52000 " + proto + " 0 101\r\na=rtpmap:101 telephone-event/8000\r\n"
                + "a=crypto:" + key.toAttribute() + "\r\n";
    }

    private static String plainAnswer(String proto) {
        return "v=0\r\no=- 5 5 IN IP4 10.0.0.50\r\ns=-\r\nc=IN IP4 10.0.0.50\r\nt=0 0\r\n"
                + "m=audio 52000 " + proto + " 0 101\r\n";
    }

    private static List<SdesKey> keys(SdpMedia m) {
        return m.attributes("crypto").stream().map(v -> SdesKey.parse(v).orElseThrow()).toList();
    }

    @Test
    void srtpToSrtpOffersFreshKeysOfEverySuiteAndAnswersWithTheOfferersSuite() throws Exception {
        SdpSession s = session(SrtpPolicy.PREFERRED);
        SdpMedia toB = Sdp.parse(s.offer(Leg.A, SdpSamples.CRYPTO_OFFER, true, true)).media().get(0);
        assertEquals("RTP/SAVP", toB.proto());
        List<SdesKey> offered = keys(toB);
        assertEquals(List.of(SrtpSuite.AEAD_AES_128_GCM, SrtpSuite.AES_CM_128_HMAC_SHA1_80,
                SrtpSuite.AES_CM_128_HMAC_SHA1_32), offered.stream().map(SdesKey::suite).toList());
        assertEquals(List.of(1, 2, 3), offered.stream().map(SdesKey::tag).toList());
        assertFalse(offered.stream().anyMatch(k -> java.util.Arrays.equals(k.key(), A_KEY_1.key())),
                "the relay never passes the caller's key on");

        SdesKey bKey = new SdesKey(2, SrtpSuite.AES_CM_128_HMAC_SHA1_80, B_KEY.key(), B_KEY.salt());
        SdpMedia toA = Sdp.parse(s.answer(Leg.B, secureAnswer("RTP/SAVP", bKey), true, true)).media().get(0);
        assertEquals("RTP/SAVP", toA.proto());
        List<SdesKey> answered = keys(toA);
        assertEquals(1, answered.size());
        assertEquals(1, answered.get(0).tag(), "answers the caller's first line");
        assertEquals(SrtpSuite.AES_CM_128_HMAC_SHA1_80, answered.get(0).suite());
        assertFalse(java.util.Arrays.equals(answered.get(0).key(), A_KEY_1.key()));
        assertFalse(java.util.Arrays.equals(answered.get(0).key(), bKey.key()));

        NegotiatedStream n = s.streams().get(0);
        assertEquals(new LegCrypto(A_KEY_1, answered.get(0)), n.cryptoA());
        assertEquals(new LegCrypto(bKey, offered.get(1)), n.cryptoB(), "the suite B picked, with the relay's key of tag 2");
    }

    @Test
    void preferredBridgesSrtpToAPlainCalleeWithoutTls() throws Exception {
        SdpSession s = session(SrtpPolicy.PREFERRED);
        SdpMedia toB = Sdp.parse(s.offer(Leg.A, SdpSamples.CRYPTO_OFFER, true, false)).media().get(0);
        assertEquals("RTP/AVP", toB.proto());
        assertFalse(toB.hasAttribute("crypto"), "no keys over signalling that is not TLS");
        SdpMedia toA = Sdp.parse(s.answer(Leg.B, plainAnswer("RTP/AVP"), false, true)).media().get(0);
        assertEquals("RTP/SAVP", toA.proto());
        assertEquals(1, keys(toA).size());
        assertTrue(s.streams().get(0).cryptoA().secure());
        assertFalse(s.streams().get(0).cryptoB().secure());
    }

    @Test
    void preferredOffersBestEffortKeysToASecureCalleeOfAPlainCaller() throws Exception {
        SdpSession s = session(SrtpPolicy.PREFERRED);
        SdpMedia toB = Sdp.parse(s.offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER, false, true)).media().get(0);
        assertEquals("RTP/AVP", toB.proto(), "the caller did not insist on SRTP: the callee may decline the keys");
        assertEquals(3, keys(toB).size());
        SdesKey bKey = SdesKey.generate(3, SrtpSuite.AES_CM_128_HMAC_SHA1_32, new SecureRandom());
        String answer = secureAnswer("RTP/AVP", bKey).replace("m=audio 52000 RTP/AVP 0 101",
                "m=audio 52000 RTP/AVP 0 101") + "m=video 0 RTP/AVP 96\r\n";
        SdpMedia toA = Sdp.parse(s.answer(Leg.B, answer, true, false)).media().get(0);
        assertFalse(toA.hasAttribute("crypto"));
        assertTrue(s.streams().get(0).cryptoB().secure());
        assertEquals(SrtpSuite.AES_CM_128_HMAC_SHA1_32, s.streams().get(0).cryptoB().ownKey().suite());
        assertFalse(s.streams().get(0).cryptoA().secure());
    }

    @Test
    void aCalleeThatIgnoresBestEffortKeysStaysPlain() throws Exception {
        SdpSession s = session(SrtpPolicy.PREFERRED);
        s.offer(Leg.A, SdpSamples.MUX_OFFER, false, true);
        s.answer(Leg.B, plainAnswer("RTP/AVPF"), true, false);
        assertFalse(s.streams().get(0).cryptoB().secure());
    }

    @Test
    void keysOfALegWithoutTlsAreNotRead() throws Exception {
        SdpSession s = session(SrtpPolicy.PREFERRED);
        String bestEffort = SdpSamples.CRYPTO_OFFER.replace("RTP/SAVP", "RTP/AVP");
        s.offer(Leg.A, bestEffort, false, false);
        SdpMedia toA = Sdp.parse(s.answer(Leg.B, plainAnswer("RTP/AVP"), false, false)).media().get(0);
        assertFalse(toA.hasAttribute("crypto"));
        assertFalse(s.streams().get(0).cryptoA().secure());
    }

    @Test
    void savpOverSignallingWithoutTlsIsRefusedWhateverThePolicy() {
        for (SrtpPolicy policy : SrtpPolicy.values()) {
            MediaRefusedException e = assertThrows(MediaRefusedException.class,
                    () -> session(policy).offer(Leg.A, SdpSamples.CRYPTO_OFFER, false, true));
            assertEquals(488, e.status());
        }
        MediaRefusedException e = assertThrows(MediaRefusedException.class,
                () -> session(SrtpPolicy.PREFERRED).offer(Leg.A, SdpSamples.CRYPTO_OFFER, false, true));
        assertTrue(e.getMessage().contains("not TLS"), e.getMessage());
    }

    @Test
    void savpWithoutAUsableKeyIsRefused() {
        String mkiOnly = SdpSamples.CRYPTO_OFFER.replaceAll("inline:([A-Za-z0-9]+)", "inline:$1|2^20|1:4");
        MediaRefusedException e = assertThrows(MediaRefusedException.class,
                () -> session(SrtpPolicy.PREFERRED).offer(Leg.A, mkiOnly, true, true));
        assertTrue(e.getMessage().contains("without an SDES key"), e.getMessage());
    }

    @Test
    void requiredRefusesAPlainCallerAndACalleeWithoutTls() throws Exception {
        MediaRefusedException plain = assertThrows(MediaRefusedException.class,
                () -> session(SrtpPolicy.REQUIRED).offer(Leg.A, SdpSamples.DAHUA_VTO_OFFER, true, true));
        assertEquals(488, plain.status());
        assertTrue(plain.getMessage().contains("required"), plain.getMessage());
        MediaRefusedException noTls = assertThrows(MediaRefusedException.class,
                () -> session(SrtpPolicy.REQUIRED).offer(Leg.A, SdpSamples.CRYPTO_OFFER, true, false));
        assertTrue(noTls.getMessage().contains("not TLS"), noTls.getMessage());
    }

    @Test
    void requiredOffersSavpEvenToABestEffortCallerAndRefusesAPlainAnswer() throws Exception {
        SdpSession s = session(SrtpPolicy.REQUIRED);
        String bestEffort = SdpSamples.CRYPTO_OFFER.replace("RTP/SAVP", "RTP/AVP");
        SdpMedia toB = Sdp.parse(s.offer(Leg.A, bestEffort, true, true)).media().get(0);
        assertEquals("RTP/SAVP", toB.proto());
        MediaRefusedException e = assertThrows(MediaRefusedException.class,
                () -> s.answer(Leg.B, plainAnswer("RTP/SAVP"), true, true));
        assertEquals(488, e.status());
        SdesKey bKey = SdesKey.generate(1, SrtpSuite.AEAD_AES_128_GCM, new SecureRandom());
        SdpMedia toA = Sdp.parse(s.answer(Leg.B, secureAnswer("RTP/SAVP", bKey), true, true)).media().get(0);
        assertEquals("RTP/AVP", toA.proto(), "the caller's own profile comes back");
        assertEquals(SrtpSuite.AES_CM_128_HMAC_SHA1_80, keys(toA).get(0).suite());
        assertEquals(SrtpSuite.AEAD_AES_128_GCM, s.streams().get(0).cryptoB().peerKey().suite());
    }

    @Test
    void anAnswerNamingAKeyTheRelayDidNotOfferIsNotTaken() throws Exception {
        SdpSession s = session(SrtpPolicy.PREFERRED);
        s.offer(Leg.A, SdpSamples.CRYPTO_OFFER, true, true);
        SdesKey wrongTag = SdesKey.generate(9, SrtpSuite.AES_CM_128_HMAC_SHA1_80, new SecureRandom());
        MediaRefusedException e = assertThrows(MediaRefusedException.class,
                () -> s.answer(Leg.B, secureAnswer("RTP/SAVP", wrongTag), true, true));
        assertTrue(e.getMessage().contains("no usable a=crypto"), e.getMessage());
    }

    @Test
    void offIsPlainOnBothLegsAndRefusesSavp() throws Exception {
        SdpSession s = session(SrtpPolicy.OFF);
        MediaRefusedException e = assertThrows(MediaRefusedException.class,
                () -> s.offer(Leg.A, SdpSamples.CRYPTO_OFFER, true, true));
        assertTrue(e.getMessage().contains("SRTP is off"), e.getMessage());
        SdpSession t = session(SrtpPolicy.OFF);
        SdpMedia toB = Sdp.parse(t.offer(Leg.A, SdpSamples.CRYPTO_OFFER.replace("RTP/SAVP", "RTP/AVP"), true, true))
                .media().get(0);
        assertFalse(toB.hasAttribute("crypto"));
        SdpMedia toA = Sdp.parse(t.answer(Leg.B, plainAnswer("RTP/AVP"), true, true)).media().get(0);
        assertFalse(toA.hasAttribute("crypto"));
        assertFalse(t.streams().get(0).cryptoA().secure());
    }

    @Test
    void aReOfferNamesTheSameRelayKeysSoTheCipherCanStay() throws Exception {
        SdpSession s = session(SrtpPolicy.PREFERRED);
        List<SdesKey> first = keys(Sdp.parse(s.offer(Leg.A, SdpSamples.CRYPTO_OFFER, true, true)).media().get(0));
        s.answer(Leg.B, secureAnswer("RTP/SAVP", new SdesKey(1, SrtpSuite.AEAD_AES_128_GCM, new byte[16], new byte[12])),
                true, true);
        LegCrypto before = s.streams().get(0).cryptoA();
        List<SdesKey> again = keys(Sdp.parse(s.offer(Leg.A, SdpSamples.CRYPTO_OFFER, true, true)).media().get(0));
        assertEquals(first, again);
        s.answer(Leg.B, secureAnswer("RTP/SAVP", new SdesKey(1, SrtpSuite.AEAD_AES_128_GCM, new byte[16], new byte[12])),
                true, true);
        assertEquals(before, s.streams().get(0).cryptoA());
        assertNotEquals(s.streams().get(0).cryptoA().ownKey(), s.streams().get(0).cryptoB().ownKey());
    }

    @Test
    void aCallerThatChangesItsKeyGetsAFreshRelayKeyBack() throws Exception {
        SdpSession s = session(SrtpPolicy.PREFERRED);
        s.offer(Leg.A, SdpSamples.CRYPTO_OFFER, true, false);
        s.answer(Leg.B, plainAnswer("RTP/AVP"), false, true);
        SdesKey before = s.streams().get(0).cryptoA().ownKey();
        String rekeyed = SdpSamples.CRYPTO_OFFER.replace("PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR",
                "AAAAQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR");
        s.offer(Leg.A, rekeyed, true, false);
        SdpMedia toA = Sdp.parse(s.answer(Leg.B, plainAnswer("RTP/AVP"), false, true)).media().get(0);
        SdesKey after = keys(toA).get(0);
        assertEquals(after, s.streams().get(0).cryptoA().ownKey());
        assertFalse(java.util.Arrays.equals(before.key(), after.key()), "a new SRTP context never reuses the old key");
    }
}
