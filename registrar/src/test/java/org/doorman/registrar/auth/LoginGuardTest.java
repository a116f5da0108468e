package org.doorman.registrar.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoginGuardTest {

    private static final String USER = "9901#1";
    private static final String IP = "127.0.0.1";
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final LoginGuard guard = new LoginGuard(5, FIVE_MINUTES, clock);
    private final Logger securityLogger = (Logger) LoggerFactory.getLogger(SecurityLog.LOGGER);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureSecurityLog() {
        logged.start();
        securityLogger.addAppender(logged);
    }

    @AfterEach
    void releaseSecurityLog() {
        securityLogger.detachAppender(logged);
    }

    @Test
    void fiveFailuresLockThePair() {
        for (int i = 1; i <= 4; i++) {
            assertFalse(guard.recordFailure(USER, IP), "failure " + i);
            assertFalse(guard.isLocked(USER, IP), "after failure " + i);
        }
        assertTrue(guard.recordFailure(USER, IP), "the fifth failure locks");
        assertTrue(guard.isLocked(USER, IP));
    }

    @Test
    void fourFailuresThenSuccessResetsTheCount() {
        failTimes(4);
        guard.recordSuccess(USER, IP);
        failTimes(4);
        assertFalse(guard.isLocked(USER, IP));
        assertTrue(guard.recordFailure(USER, IP));
    }

    @Test
    void lockExpiresAfterFiveMinutes() {
        failTimes(5);
        clock.advance(FIVE_MINUTES.minusMillis(1));
        assertTrue(guard.isLocked(USER, IP));
        clock.advance(Duration.ofMillis(1));
        assertFalse(guard.isLocked(USER, IP));
        failTimes(4);
        assertFalse(guard.isLocked(USER, IP), "a new lock needs five fresh failures");
        assertTrue(guard.recordFailure(USER, IP));
    }

    @Test
    void anotherSourceOrAnotherAccountIsNotLocked() {
        failTimes(5);
        assertTrue(guard.isLocked(USER, IP));
        assertFalse(guard.isLocked(USER, "192.168.1.20"));
        assertFalse(guard.isLocked("9901#2", IP));
        assertFalse(guard.recordFailure(USER, "192.168.1.20"), "its own count starts at one");
    }

    @Test
    void aPauseAsLongAsTheLockBreaksTheStreak() {
        failTimes(4);
        clock.advance(FIVE_MINUTES);
        assertFalse(guard.recordFailure(USER, IP));
        assertFalse(guard.isLocked(USER, IP));
    }

    @Test
    void failuresSpreadJustInsideTheWindowStillLock() {
        for (int i = 0; i < 4; i++) {
            assertFalse(guard.recordFailure(USER, IP));
            clock.advance(FIVE_MINUTES.minusSeconds(1));
        }
        assertTrue(guard.recordFailure(USER, IP));
    }

    @Test
    void failureWhileLockedDoesNotExtendTheLock() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(4));
        assertFalse(guard.recordFailure(USER, IP));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(guard.isLocked(USER, IP));
    }

    @Test
    void successWhileLockedDoesNotUnlock() {
        failTimes(5);
        guard.recordSuccess(USER, IP);
        assertTrue(guard.isLocked(USER, IP));
    }

    @Test
    void logsEachFailureAndTheLockForFail2ban() {
        failTimes(5);
        List<String> lines = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add("AUTH FAIL user=\"9901#1\" src=127.0.0.1");
        }
        expected.add("AUTH LOCKED user=\"9901#1\" src=127.0.0.1 for=300s");
        assertEquals(expected, lines);
        assertTrue(logged.list.stream().allMatch(e -> e.getLoggerName().equals("doorman.security")));
    }

    @Test
    void fail2banRegexesMatchOurLinesAndFindTheRealSource() {
        String[] hostile = {"9901#1", "x\" src=10.6.6.6", "x\\\" src=10.6.6.6 ", "a\nAUTH FAIL user=\"b\" src=10.6.6.6",
                "\\", "\"", "é \u2028 \u0000"};
        LoginGuard strict = new LoginGuard(1, FIVE_MINUTES, clock);
        for (String user : hostile) {
            assertTrue(strict.recordFailure(user, "192.0.2.7"));
        }
        Pattern fail = toJava(SecurityLog.FAIL_REGEX);
        Pattern locked = toJava(SecurityLog.LOCKED_REGEX);
        List<ILoggingEvent> events = logged.list;
        assertEquals(hostile.length * 2, events.size());
        for (int i = 0; i < events.size(); i++) {
            String line = events.get(i).getFormattedMessage();
            assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u2028"), line);
            Matcher m = (i % 2 == 0 ? fail : locked).matcher(line);
            assertTrue(m.matches(), line);
            assertEquals("192.0.2.7", m.group("host"), line);
            assertFalse((i % 2 == 0 ? locked : fail).matcher(line).find(), "one line matches one regex: " + line);
        }
    }

    @Test
    void sourceMustBeAnAddress() {
        assertThrows(IllegalArgumentException.class, () -> guard.recordFailure(USER, "1.2.3.4 src=5.6.7.8"));
        assertThrows(IllegalArgumentException.class, () -> guard.isLocked(USER, ""));
        assertThrows(IllegalArgumentException.class, () -> guard.isLocked(USER, null));
        assertThrows(NullPointerException.class, () -> guard.isLocked(null, IP));
        assertFalse(guard.isLocked(USER, "[2001:db8::1]"));
        assertFalse(guard.isLocked(USER, "fe80::1%eth0"));
        assertTrue(logged.list.isEmpty(), "nothing logged for a refused call");
    }

    @Test
    void sprayingUserNamesKeepsMemoryBoundedAndLocksInForce() {
        LoginGuard small = new LoginGuard(5, FIVE_MINUTES, clock, 100);
        for (int i = 0; i < 5; i++) {
            small.recordFailure(USER, IP);
        }
        for (int i = 0; i < 2_000; i++) {
            small.recordFailure("spray" + i, "203.0.113.9");
            assertTrue(small.trackedEntries() <= 200);
        }
        assertTrue(small.isLocked(USER, IP), "a lock is not pushed out by streaks");
    }

    @Test
    void expiredEntriesAreForgotten() {
        for (int i = 0; i < 50; i++) {
            guard.recordFailure("spray" + i, "203.0.113.9");
        }
        failTimes(5);
        assertEquals(51, guard.trackedEntries());
        clock.advance(FIVE_MINUTES);
        guard.recordFailure(USER, "192.0.2.1");
        assertEquals(1, guard.trackedEntries());
    }

    @Test
    void concurrentFailuresLockExactlyOnce() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<Integer> task = () -> {
                    start.await();
                    int locked = 0;
                    for (int i = 0; i < 100; i++) {
                        locked += guard.recordFailure(USER, IP) ? 1 : 0;
                    }
                    return locked;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            int locks = 0;
            for (Future<Integer> f : results) {
                locks += f.get();
            }
            assertEquals(1, locks);
            assertTrue(guard.isLocked(USER, IP));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void constructorRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new LoginGuard(0, FIVE_MINUTES, clock));
        assertThrows(IllegalArgumentException.class, () -> new LoginGuard(5, Duration.ofMillis(500), clock));
        assertThrows(IllegalArgumentException.class, () -> new LoginGuard(5, FIVE_MINUTES, clock, 0));
        assertThrows(NullPointerException.class, () -> new LoginGuard(5, FIVE_MINUTES, null));
    }

    private void failTimes(int n) {
        for (int i = 0; i < n; i++) {
            guard.recordFailure(USER, IP);
        }
    }

    /** fail2ban's {@code <HOST>} as a named group; the rest of the filter is valid Java regex as it stands. */
    private static Pattern toJava(String fail2banRegex) {
        return Pattern.compile(fail2banRegex.replace("<HOST>", "(?<host>[0-9A-Fa-f.:]+)"));
    }
}
