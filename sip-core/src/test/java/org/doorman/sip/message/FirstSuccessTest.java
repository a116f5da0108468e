package org.doorman.sip.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.doorman.sip.message.FirstSuccess.Verdict;
import org.junit.jupiter.api.Test;

/** One answer for a MESSAGE forked to several contacts: first 2xx, else the best failure, else 408. */
class FirstSuccessTest {
    @Test
    void theFirstSuccessGoesBackAtOnceAndLaterAnswersAreDropped() {
        FirstSuccess<String> fork = new FirstSuccess<>(3);
        assertTrue(fork.onFinal(486, "Busy Here", "busy").isEmpty());
        assertEquals(Optional.of(new Verdict<>(200, "OK", "ok-2")), fork.onFinal(200, "OK", "ok-2"));
        assertTrue(fork.onFinal(202, "Accepted", "ok-3").isEmpty());
        assertTrue(fork.onWindowClosed().isEmpty());
    }

    @Test
    void whenEveryContactFailedTheBestFailureGoesBack() {
        FirstSuccess<String> fork = new FirstSuccess<>(3);
        assertTrue(fork.onFinal(480, "Temporarily Unavailable", "480").isEmpty());
        assertTrue(fork.onFinal(486, "Busy Here", "486").isEmpty());
        Verdict<String> v = fork.onFinal(500, "Server Internal Error", "500").orElseThrow();
        assertEquals(486, v.status());
        assertEquals("486", v.response());
    }

    @Test
    void aGlobalFailureBeatsBusy() {
        FirstSuccess<String> fork = new FirstSuccess<>(2);
        fork.onFinal(486, "Busy Here", "486");
        assertEquals(603, fork.onFinal(603, "Decline", "603").orElseThrow().status());
    }

    @Test
    void aLocalFailureHasNoResponseToPassOn() {
        FirstSuccess<String> fork = new FirstSuccess<>(1);
        Verdict<String> v = fork.onFinal(513, "Message Too Large", null).orElseThrow();
        assertEquals(513, v.status());
        assertEquals(null, v.response());
    }

    @Test
    void whenTheWindowClosesTheBestFailureSoFarGoesBack() {
        FirstSuccess<String> fork = new FirstSuccess<>(2);
        fork.onFinal(480, "Temporarily Unavailable", "480");
        assertEquals(480, fork.onWindowClosed().orElseThrow().status());
        assertTrue(fork.onFinal(200, "OK", "late").isEmpty(), "a 2xx after the answer went back changes nothing");
    }

    @Test
    void whenTheWindowClosesWithNoAnswerAtAllItIs408() {
        FirstSuccess<String> fork = new FirstSuccess<>(2);
        Verdict<String> v = fork.onWindowClosed().orElseThrow();
        assertEquals(408, v.status());
        assertEquals(null, v.response());
    }

    @Test
    void provisionalStatusesAndEmptyForksAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class, () -> new FirstSuccess<String>(1).onFinal(180, "Ringing", null));
        assertThrows(IllegalArgumentException.class, () -> new FirstSuccess<String>(0));
    }
}
