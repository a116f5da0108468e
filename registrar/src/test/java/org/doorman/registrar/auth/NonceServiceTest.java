package org.doorman.registrar.auth;

import static org.doorman.registrar.auth.NonceCheck.INVALID;
import static org.doorman.registrar.auth.NonceCheck.REPLAY;
import static org.doorman.registrar.auth.NonceCheck.STALE;
import static org.doorman.registrar.auth.NonceCheck.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NonceServiceTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Duration TTL = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final NonceService nonces = new NonceService(SECRET, TTL, clock, 1000);

    @Test
    void freshNonceIsValidWithAndWithoutQop() {
        assertEquals(VALID, nonces.check(nonces.newNonce(), "00000001"));
        assertEquals(VALID, nonces.check(nonces.newNonce(), null));
    }

    @Test
    void noncesAreUniqueAndSafeInAQuotedHeader() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String n = nonces.newNonce();
            assertEquals(NonceService.NONCE_LENGTH, n.length());
            assertTrue(n.matches("[A-Za-z0-9_-]+"), n);
            assertTrue(seen.add(n), "repeated nonce " + n);
        }
    }

    @Test
    void noServerStateIsNeededToValidate() {
        String n = nonces.newNonce();
        NonceService restarted = new NonceService(SECRET.clone(), TTL, clock, 1000);
        assertEquals(VALID, restarted.check(n, "00000001"));
        assertEquals(0, nonces.trackedNonces());
    }

    @Test
    void tamperedNonceIsInvalid() {
        String n = nonces.newNonce();
        for (int i = 0; i < n.length(); i++) {
            char[] c = n.toCharArray();
            c[i] = c[i] == 'A' ? 'B' : 'A';
            assertEquals(INVALID, nonces.check(new String(c), "00000001"), "changed character " + i);
        }
    }

    @Test
    void reSpelledNonceIsInvalid() {
        String n = nonces.newNonce();
        // the last character carries 2 data bits and 4 unused ones: flipping an unused bit decodes to the same bytes
        char last = n.charAt(n.length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String respelled = n.substring(0, n.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);
        assertEquals(INVALID, nonces.check(respelled, "00000001"));
        assertEquals(VALID, nonces.check(n, "00000001"));
    }

    @Test
    void malformedNonceIsInvalid() {
        String n = nonces.newNonce();
        assertEquals(INVALID, nonces.check(null, null));
        assertEquals(INVALID, nonces.check("", null));
        assertEquals(INVALID, nonces.check("dcd98b7102dd2f0e8b11d0f600bfb0c093", null));
        assertEquals(INVALID, nonces.check(n.substring(1), null));
        assertEquals(INVALID, nonces.check(n + "A", null));
        assertEquals(INVALID, nonces.check("!".repeat(NonceService.NONCE_LENGTH), null));
        assertEquals(INVALID, nonces.check(n.replace('-', '+').replace('_', '/').replace('A', '+'), null));
    }

    @Test
    void nonceSignedWithAnotherSecretIsInvalid() {
        NonceService other = new NonceService("another secret, 16+ bytes".getBytes(StandardCharsets.US_ASCII), TTL, clock, 10);
        assertEquals(INVALID, nonces.check(other.newNonce(), "00000001"));
    }

    @Test
    void secretIsCopiedSoTheCallerMayWipeIt() {
        byte[] secret = SECRET.clone();
        NonceService service = new NonceService(secret, TTL, clock, 10);
        String n = service.newNonce();
        Arrays.fill(secret, (byte) 0);
        assertEquals(VALID, service.check(n, "00000001"));
        assertEquals(VALID, nonces.check(service.newNonce(), "00000001"));
    }

    @Test
    void expiredNonceIsStale() {
        String n = nonces.newNonce();
        clock.advance(TTL);
        assertEquals(VALID, nonces.check(n, "00000001"), "still valid at exactly ttl");
        clock.advance(Duration.ofMillis(1));
        assertEquals(STALE, nonces.check(n, "00000002"));
        assertEquals(STALE, nonces.check(n, null));
    }

    @Test
    void staleIsOnlyForNoncesThatAreOurs() {
        String n = nonces.newNonce();
        clock.advance(TTL.multipliedBy(10));
        char[] c = n.toCharArray();
        c[30] = c[30] == 'x' ? 'y' : 'x';
        assertEquals(INVALID, nonces.check(new String(c), "00000001"));
    }

    @Test
    void nonceCountMustStrictlyIncrease() {
        String n = nonces.newNonce();
        assertEquals(VALID, nonces.check(n, "00000001"));
        assertEquals(REPLAY, nonces.check(n, "00000001"));
        assertEquals(VALID, nonces.check(n, "00000002"));
        assertEquals(REPLAY, nonces.check(n, "00000001"));
        assertEquals(VALID, nonces.check(n, "0000000a"), "gaps are allowed: requests may be lost");
        assertEquals(REPLAY, nonces.check(n, "0000000A"), "same count in upper case");
        assertEquals(REPLAY, nonces.check(n, "00000003"));
        assertEquals(VALID, nonces.check(n, "ffffffff"));
        assertEquals(REPLAY, nonces.check(n, "ffffffff"));
    }

    @Test
    void countsAreKeptPerNonce() {
        String a = nonces.newNonce();
        String b = nonces.newNonce();
        assertEquals(VALID, nonces.check(a, "00000005"));
        assertEquals(VALID, nonces.check(b, "00000001"));
        assertEquals(REPLAY, nonces.check(a, "00000005"));
    }

    @Test
    void malformedNonceCountIsInvalid() {
        String n = nonces.newNonce();
        for (String nc : List.of("", "1", "0000001", "000000001", "0000000g", "-0000001", "0000 001", "00000000",
                "0000000\uff11")) {
            assertEquals(INVALID, nonces.check(n, nc), "nc '" + nc + "'");
        }
        assertEquals(VALID, nonces.check(n, "00000001"), "a bad nc does not use up the nonce");
    }

    @Test
    void withoutQopANonceIsUsedOnce() {
        String n = nonces.newNonce();
        assertEquals(VALID, nonces.check(n, null));
        assertEquals(REPLAY, nonces.check(n, null));
        assertEquals(REPLAY, nonces.check(n, "00000002"), "switching to qop does not reopen it");
    }

    @Test
    void aNonceUsedWithQopCannotThenBeUsedWithout() {
        String n = nonces.newNonce();
        assertEquals(VALID, nonces.check(n, "00000001"));
        assertEquals(REPLAY, nonces.check(n, null));
    }

    @Test
    void checkOfCredentialsTakesNcOnlyWithQop() {
        String n = nonces.newNonce();
        DigestCredentials noQop = new DigestCredentials("u", "r", n, "sip:x", "0", null, null, null, "00000007", null);
        assertEquals(VALID, nonces.check(noQop));
        assertEquals(REPLAY, nonces.check(noQop), "nc without qop is not covered by the response: used once");
        String m = nonces.newNonce();
        DigestCredentials qop = new DigestCredentials("u", "r", m, "sip:x", "0", null, "c", "auth", "00000001", null);
        assertEquals(VALID, nonces.check(qop));
        assertEquals(REPLAY, nonces.check(qop));
    }

    @Test
    void expiredEntriesAreEvicted() {
        NonceService small = new NonceService(SECRET, TTL, clock, 1000);
        for (int i = 0; i < 100; i++) {
            assertEquals(VALID, small.check(small.newNonce(), "00000001"));
        }
        assertEquals(100, small.trackedNonces());
        clock.advance(TTL.plusMillis(1));
        assertEquals(VALID, small.check(small.newNonce(), "00000001"));
        assertEquals(1, small.trackedNonces());
    }

    @Test
    void memoryStaysBoundedAndForgettingNeverAllowsAReplay() {
        NonceService small = new NonceService(SECRET, TTL, clock, 3);
        String neverUsed = small.newNonce();
        clock.advance(Duration.ofMillis(1));
        List<String> used = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String n = small.newNonce();
            assertEquals(VALID, small.check(n, "00000001"));
            used.add(n);
            clock.advance(Duration.ofMillis(1));
            assertTrue(small.trackedNonces() <= 3);
        }
        for (String n : used.subList(0, 47)) {
            assertEquals(STALE, small.check(n, "00000001"), "forgotten nonce must not be accepted again");
        }
        assertEquals(STALE, small.check(neverUsed, "00000001"), "issued before what was forgotten");
        for (String n : used.subList(47, 50)) {
            assertEquals(REPLAY, small.check(n, "00000001"), "still remembered");
        }
        assertEquals(VALID, small.check(small.newNonce(), "00000001"), "new nonces keep working");
        assertEquals(3, small.trackedNonces());
    }

    @Test
    void concurrentUseAcceptsEachNonceCountExactlyOnce() throws Exception {
        int threads = 8;
        int perThread = 200;
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
            shared.add(nonces.newNonce());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<int[]>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    start.await();
                    int[] valid = new int[2];
                    for (String n : shared) { // every thread races for the same (nonce, nc) pairs
                        valid[0] += nonces.check(n, "00000001") == VALID ? 1 : 0;
                    }
                    String own = nonces.newNonce(); // and uses its own nonce with a rising count
                    for (int nc = 1; nc <= perThread; nc++) {
                        valid[1] += nonces.check(own, String.format("%08x", nc)) == VALID ? 1 : 0;
                    }
                    return valid;
                });
            }
            List<Future<int[]>> results = new ArrayList<>();
            for (Callable<int[]> task : tasks) {
                results.add(pool.submit(task));
            }
            start.countDown();
            int sharedValid = 0;
            for (Future<int[]> f : results) {
                int[] v = f.get();
                sharedValid += v[0];
                assertEquals(perThread, v[1], "own nonce with rising nc is always valid");
            }
            assertEquals(perThread, sharedValid, "each shared (nonce, nc) accepted exactly once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void constructorRefusesUnsafeSettings() {
        assertThrows(IllegalArgumentException.class, () -> new NonceService(new byte[15], TTL, clock, 10));
        assertThrows(IllegalArgumentException.class, () -> new NonceService(SECRET, Duration.ZERO, clock, 10));
        assertThrows(IllegalArgumentException.class, () -> new NonceService(SECRET, Duration.ofSeconds(-1), clock, 10));
        assertThrows(IllegalArgumentException.class, () -> new NonceService(SECRET, TTL, clock, 0));
        assertThrows(NullPointerException.class, () -> new NonceService(null, TTL, clock, 10));
        assertThrows(NullPointerException.class, () -> new NonceService(SECRET, TTL, null, 10));
    }
}
