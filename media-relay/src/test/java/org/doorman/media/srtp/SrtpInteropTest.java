package org.doorman.media.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cipher against the two SRTP implementations doorman meets: libsrtp (the reference, used by most
 * SIP stacks) and libre (Debian's baresip). Their packets, made by the generators in src/test/c with
 * sequence numbers crossing 65535, must open, and what the cipher seals must be byte for byte theirs.
 * The two files differ only in SRTCP on AES_CM_128_HMAC_SHA1_32, where libre uses a 32-bit tag.
 */
class SrtpInteropTest {
    private record Pair(byte[] plain, byte[] secured) {
    }

    private record Vectors(SdesKey key, List<Pair> rtp, List<Pair> rtcp) {
    }

    static Stream<Arguments> peersAndSuites() {
        return Stream.of("libsrtp-vectors.txt", "libre-vectors.txt")
                .flatMap(file -> Stream.of(SrtpSuite.values()).map(suite -> Arguments.of(file, suite)));
    }

    private static Vectors read(String file, SrtpSuite wanted) {
        try (var in = SrtpInteropTest.class.getResourceAsStream(file);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            Vectors current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(" ");
                if (f[0].equals("suite")) {
                    SrtpSuite suite = SrtpSuite.valueOf(f[1]);
                    current = suite != wanted ? null : new Vectors(
                            new SdesKey(1, suite, TestPackets.hex(f[2]), TestPackets.hex(f[3])),
                            new ArrayList<>(), new ArrayList<>());
                } else if (current != null && (f[0].equals("rtp") || f[0].equals("rtcp"))) {
                    Pair pair = new Pair(TestPackets.hex(f[1]), TestPackets.hex(f[2]));
                    (f[0].equals("rtp") ? current.rtp() : current.rtcp()).add(pair);
                }
                if (current != null && current.rtcp().size() == 2) {
                    return current;
                }
            }
            throw new IllegalStateException(file + " has no complete " + wanted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of the cipher's four operations. */
    @FunctionalInterface
    private interface Operation {
        byte[] apply(byte[] packet, int length);
    }

    private static void assertTurns(byte[] input, Operation operation, byte[] expected) {
        assertEquals(TestPackets.hex(expected), TestPackets.hex(operation.apply(input.clone(), input.length)));
    }

    /** A cipher for a leg where the peer and the relay happen to use the same key, so it opens and seals the vectors. */
    private static LegCipher cipherFor(Vectors v) {
        return new SrtpCipher(v.key(), v.key());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("peersAndSuites")
    void opensWhatThePeerProtectedAcrossTheSequenceWrap(String file, SrtpSuite suite) {
        Vectors v = read(file, suite);
        assertFalse(v.rtp().isEmpty());
        LegCipher cipher = cipherFor(v);
        for (Pair p : v.rtp()) {
            assertTurns(p.secured(), cipher::openRtp, p.plain());
        }
        for (Pair p : v.rtcp()) {
            assertTurns(p.secured(), cipher::openRtcp, p.plain());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("peersAndSuites")
    void sealsRtpExactlyAsThePeerDoes(String file, SrtpSuite suite) {
        Vectors v = read(file, suite);
        LegCipher cipher = cipherFor(v);
        for (Pair p : v.rtp()) {
            assertTurns(p.plain(), cipher::sealRtp, p.secured());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("peersAndSuites")
    void answersThePeersSrtcpInKindAtTheSameIndex(String file, SrtpSuite suite) {
        Vectors v = read(file, suite);
        LegCipher cipher = cipherFor(v);
        for (Pair p : v.rtcp()) {
            assertNotNull(cipher.openRtcp(p.secured().clone(), p.secured().length), "hearing the peer first");
        }
        // jitsi-srtp numbers SRTCP from index 0, libsrtp and libre from 1: one packet first puts them in step
        byte[] first = v.rtcp().get(0).plain();
        assertNotNull(cipher.sealRtcp(first, first.length));
        for (Pair p : v.rtcp()) {
            assertTurns(p.plain(), cipher::sealRtcp, p.secured());
        }
    }
}
