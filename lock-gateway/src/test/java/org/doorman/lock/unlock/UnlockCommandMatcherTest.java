package org.doorman.lock.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** DTMF keys of one call against a door station's first and second unlock commands. */
class UnlockCommandMatcherTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private final UnlockCommandMatcher matcher = new UnlockCommandMatcher("123", "456", Duration.ofSeconds(3));

    /** Types the keys one second apart from T0; the answer of the last key. */
    private OptionalInt type(UnlockCommandMatcher m, String keys) {
        OptionalInt last = OptionalInt.empty();
        for (int i = 0; i < keys.length(); i++) {
            last = m.digit(keys.charAt(i), T0.plusSeconds(i));
        }
        return last;
    }

    @Test
    void theFirstCommandOpensLockOne() {
        assertEquals(OptionalInt.of(1), type(matcher, "123"));
    }

    @Test
    void theSecondCommandOpensLockTwo() {
        assertEquals(OptionalInt.of(2), type(matcher, "456"));
    }

    @Test
    void nothingOpensBeforeTheLastKey() {
        assertEquals(OptionalInt.empty(), type(matcher, "45"));
        assertEquals("45", matcher.pending());
    }

    @Test
    void aCompleteCommandStartsOver() {
        type(matcher, "456");
        assertEquals("", matcher.pending());
        assertEquals(OptionalInt.empty(), matcher.digit('6', T0.plusSeconds(4)));
    }

    @Test
    void aPauseLongerThanTheDigitTimeoutStartsOver() {
        matcher.digit('4', T0);
        matcher.digit('5', T0.plusSeconds(1));
        assertEquals(OptionalInt.empty(), matcher.digit('6', T0.plusSeconds(4).plusMillis(1)));
        assertEquals("", matcher.pending());
    }

    @Test
    void aPauseOfExactlyTheDigitTimeoutStillCounts() {
        matcher.digit('4', T0);
        matcher.digit('5', T0.plusSeconds(3));
        assertEquals(OptionalInt.of(2), matcher.digit('6', T0.plusSeconds(6)));
    }

    @Test
    void aWrongKeyResets() {
        assertEquals(OptionalInt.empty(), type(matcher, "4596"));
        assertEquals("", matcher.pending());
    }

    @Test
    void aWrongKeyThatBeginsACommandStartsItAgain() {
        assertEquals(OptionalInt.of(2), type(matcher, "4456"));
        assertEquals(OptionalInt.of(1), type(new UnlockCommandMatcher("123", "456", Duration.ofSeconds(3)), "45123"));
    }

    @Test
    void theLongestTailThatBeginsACommandIsKept() {
        UnlockCommandMatcher m = new UnlockCommandMatcher("1213", "", Duration.ofSeconds(3));
        assertEquals(OptionalInt.of(1), type(m, "121213"));
    }

    @Test
    void aKeyThatIsNotDtmfResets() {
        matcher.digit('4', T0);
        matcher.digit('A', T0);
        assertEquals(OptionalInt.empty(), matcher.digit('5', T0));
        assertEquals(OptionalInt.empty(), matcher.digit('6', T0));
    }

    @Test
    void anEmptyCommandIsOff() {
        UnlockCommandMatcher m = new UnlockCommandMatcher("", "456", Duration.ofSeconds(3));
        assertEquals(OptionalInt.empty(), type(m, ""));
        assertEquals(OptionalInt.of(2), type(m, "456"));
        UnlockCommandMatcher none = new UnlockCommandMatcher("", "", Duration.ofSeconds(3));
        assertEquals(OptionalInt.empty(), type(none, "456"));
        assertEquals("", none.pending());
    }

    @Test
    void starAndHashArePartOfCommands() {
        UnlockCommandMatcher m = new UnlockCommandMatcher("*9#", "456", Duration.ofSeconds(3));
        assertEquals(OptionalInt.of(1), type(m, "*9#"));
    }
}
