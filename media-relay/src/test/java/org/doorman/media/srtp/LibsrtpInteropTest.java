package org.doorman.media.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cipher against libsrtp, which baresip uses: packets libsrtp protected (made by
 * src/test/c/srtp_vectors.c, sequence numbers crossing 65535) must open, and what the cipher seals must
 * be byte for byte what libsrtp sent.
 */
class LibsrtpInteropTest {
    private record Pair(byte[] plain, byte[] secured) {
    }

    private record Vectors(SdesKey key, List<Pair> rtp, List<Pair> rtcp) {
    }

    private static final Map<SrtpSuite, Vectors> VECTORS = new EnumMap<>(SrtpSuite.class);

    @BeforeAll
    static void readVectors() throws IOException {
        try (var in = LibsrtpInteropTest.class.getResourceAsStream("libsrtp-vectors.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            Vectors current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "suite" -> {
                        SrtpSuite suite = SrtpSuite.valueOf(f[1]);
                        current = new Vectors(new SdesKey(1, suite, TestPackets.hex(f[2]), TestPackets.hex(f[3])),
                                new ArrayList<>(), new ArrayList<>());
                        VECTORS.put(suite, current);
                    }
                    case "rtp" -> current.rtp().add(new Pair(TestPackets.hex(f[1]), TestPackets.hex(f[2])));
                    case "rtcp" -> current.rtcp().add(new Pair(TestPackets.hex(f[1]), TestPackets.hex(f[2])));
                    default -> { } // a comment
                }
            }
        }
    }

    private static SdesKey unrelated(SrtpSuite suite) {
        return SdesKey.generate(2, suite, new SecureRandom());
    }

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void opensWhatLibsrtpProtectedAcrossTheSequenceWrap(SrtpSuite suite) {
        Vectors v = VECTORS.get(suite);
        assertFalse(v.rtp().isEmpty());
        LegCipher cipher = new SrtpCipher(v.key(), unrelated(suite));
        for (Pair p : v.rtp()) {
            byte[] opened = cipher.openRtp(p.secured().clone(), p.secured().length);
            assertEquals(TestPackets.hex(p.plain()), TestPackets.hex(opened));
        }
        for (Pair p : v.rtcp()) {
            byte[] opened = cipher.openRtcp(p.secured().clone(), p.secured().length);
            assertEquals(TestPackets.hex(p.plain()), TestPackets.hex(opened));
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void sealsRtpExactlyAsLibsrtpDoes(SrtpSuite suite) {
        Vectors v = VECTORS.get(suite);
        LegCipher cipher = new SrtpCipher(unrelated(suite), v.key());
        for (Pair p : v.rtp()) {
            assertEquals(TestPackets.hex(p.secured()), TestPackets.hex(cipher.sealRtp(p.plain(), p.plain().length)));
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpSuite.class)
    void sealsRtcpExactlyAsLibsrtpDoesAtTheSameIndex(SrtpSuite suite) {
        Vectors v = VECTORS.get(suite);
        LegCipher cipher = new SrtpCipher(unrelated(suite), v.key());
        // jitsi-srtp numbers SRTCP from index 0, libsrtp from 1: one packet first puts them in step
        byte[] first = v.rtcp().get(0).plain();
        assertNotNull(cipher.sealRtcp(first, first.length));
        for (Pair p : v.rtcp()) {
            assertEquals(TestPackets.hex(p.secured()), TestPackets.hex(cipher.sealRtcp(p.plain(), p.plain().length)));
        }
    }
}
