package org.doorman.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorman.media.rtp.RtpHeader;
import org.doorman.media.rtp.TestPackets;
import org.doorman.media.sdp.Sdp;
import org.doorman.media.srtp.SdesKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An "SRTP" caller bridged to a plain callee, with a toy cipher: shows that the relay opens with the
 * source leg's cipher, seals with the destination leg's, counts failed authentication, and that the
 * cipher factory is the only place keys meet packets. Real SRTP comes with the jitsi-srtp cipher.
 */
class MediaRelayBridgeTest {
    private static final String A_KEY = "1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR";
    private final AtomicInteger ciphersMade = new AtomicInteger();
    private RelayFixture fixture;
    private Phone a;
    private Phone b;
    private XorCipher phoneA;
    private int[] relay;

    @BeforeEach
    void start() throws Exception {
        fixture = new RelayFixture("42500-42599", "preferred", (peer, own) -> {
            ciphersMade.incrementAndGet();
            return new XorCipher(peer.key()[0], own.key()[0]);
        });
        a = new Phone();
        b = new Phone();
        String toB = fixture.relay.offer("br", Leg.A, a.sdp("RTP/SAVP", "a=crypto:" + A_KEY + "\r\n"), true, false);
        assertFalse(toB.contains("a=crypto"), "B's signalling is not TLS: plain RTP toward B");
        String toA = fixture.relay.answer("br", Leg.B, b.sdp("RTP/AVP", ""), false, true);
        SdesKey relayKeyForA = SdesKey.parse(Sdp.parse(toA).media().get(0).attributes("crypto").get(0)).orElseThrow();
        byte aKeyByte = SdesKey.parse(A_KEY).orElseThrow().key()[0];
        phoneA = new XorCipher(relayKeyForA.key()[0], aKeyByte); // A opens with the relay's key, seals with its own
        relay = new int[] {RelayFixture.port(toA), RelayFixture.port(toB)};
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
        fixture.close();
    }

    private static byte[] voice(int seq) {
        byte[] payload = new byte[160];
        java.util.Arrays.fill(payload, (byte) seq);
        return TestPackets.rtp(0, seq, 160L * seq, 0xA, payload);
    }

    @Test
    void theSecureLegIsOpenedAndThePlainLegGetsPlainRtp() throws Exception {
        byte[] plain = voice(1);
        a.send(phoneA.sealRtp(plain, plain.length), relay[0]);
        assertArrayEquals(plain, b.receive());
    }

    @Test
    void plainRtpFromTheCalleeIsSealedForTheSecureLeg() throws Exception {
        byte[] hello = voice(7);
        a.send(phoneA.sealRtp(hello, hello.length), relay[0]); // A speaks first so the relay has a source for it
        b.receive();
        byte[] plain = voice(2);
        b.send(plain, relay[1]);
        byte[] sealed = a.receive();
        assertEquals(plain.length + 1, sealed.length);
        assertFalse(java.util.Arrays.equals(plain, java.util.Arrays.copyOf(sealed, plain.length)));
        assertArrayEquals(plain, phoneA.openRtp(sealed, sealed.length));
    }

    @Test
    void packetsThatFailAuthenticationAreDroppedAndCounted() throws Exception {
        byte[] forged = phoneA.sealRtp(voice(1), 172);
        forged[forged.length - 1] ^= 1;
        a.send(forged, relay[0]);
        byte[] good = voice(2);
        a.send(phoneA.sealRtp(good, good.length), relay[0]);
        assertEquals(2, RtpHeader.sequence(b.receive()));
        RelayFixture.await("one srtp-auth drop", () ->
                fixture.stats("br").streams().get(0).a().dropped().srtpAuth() == 1);
        SessionStats.StreamStats s = fixture.stats("br").streams().get(0);
        assertTrue(s.a().secure());
        assertEquals("AES_CM_128_HMAC_SHA1_80", s.a().suite());
        assertFalse(s.b().secure());
        assertEquals(null, s.b().suite());
    }

    @Test
    void digitsAreReadAfterOpening() throws Exception {
        for (byte[] p : TestPackets.keyPress(101, 1, 8000, 0xA, 9)) {
            a.send(phoneA.sealRtp(p, p.length), relay[0]);
            assertArrayEquals(p, b.receive());
        }
        RelayFixture.await("the digit", () -> fixture.digits.size() == 1);
        assertEquals(List.of(new RelayFixture.Digit("br", Leg.A, '9')), fixture.digits);
    }

    @Test
    void aReOfferWithTheSameKeysKeepsTheCipher() throws Exception {
        assertEquals(1, ciphersMade.get(), "one secure leg, one cipher");
        fixture.relay.offer("br", Leg.A, a.sdp("RTP/SAVP", "a=crypto:" + A_KEY + "\r\n"), true, false);
        fixture.relay.answer("br", Leg.B, b.sdp("RTP/AVP", ""), false, true);
        assertEquals(1, ciphersMade.get(), "SRTP state (rollover, replay window) survives a re-INVITE");
        byte[] plain = voice(3);
        a.send(phoneA.sealRtp(plain, plain.length), relay[0]);
        assertArrayEquals(plain, b.receive());
    }
}
