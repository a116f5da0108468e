package org.doorman.lock.attendance.keypad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorman.lock.attendance.keypad.PinSequenceDecoder.PinEntry;
import org.junit.jupiter.api.Test;

class PinSequenceDecoderTest {
    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    private final PinSequenceDecoder decoder = new PinSequenceDecoder(Duration.ofSeconds(3));
    private Instant now = T0;

    /** Types the keys one second apart and returns every entry completed. */
    private List<PinEntry> type(String keys) {
        List<PinEntry> done = new ArrayList<>();
        for (char k : keys.toCharArray()) {
            now = now.plusSeconds(1);
            decoder.key(k, now).ifPresent(done::add);
        }
        return done;
    }

    @Test
    void starUserHashPinHashIsOneEntry() {
        assertEquals(List.of(new PinEntry(7, "4321")), type("*7#4321#"));
        assertFalse(decoder.pending(), "starts over after an entry");
        assertEquals(List.of(new PinEntry(99999999, "12345678")), type("*99999999#12345678#"));
    }

    @Test
    void eachKeyBeforeTheLastAnswersNothing() {
        for (char k : "*7#4321".toCharArray()) {
            now = now.plusSeconds(1);
            assertEquals(Optional.empty(), decoder.key(k, now));
        }
        assertTrue(decoder.pending());
    }

    @Test
    void keysWithoutAStarFirstAreIgnored() {
        assertEquals(List.of(), type("7#4321#"));
        assertEquals(List.of(), type("4321#"));
        assertEquals(List.of(new PinEntry(7, "4321")), type("12#*7#4321#"));
    }

    @Test
    void aStarStartsOverAtAnyPoint() {
        assertEquals(List.of(new PinEntry(8, "1111")), type("*7#43*8#1111#"));
    }

    @Test
    void wrongSequencesAreDroppedAndTheNextStarStartsOver() {
        assertEquals(List.of(), type("*#4321#"), "empty user ID");
        assertEquals(List.of(), type("*7##"), "empty PIN");
        assertEquals(List.of(), type("*07#4321#"), "user ID with a leading 0");
        assertEquals(List.of(), type("*7#0321#"), "PIN with a leading 0");
        assertEquals(List.of(), type("*123456789#4321#"), "nine-digit user ID");
        assertEquals(List.of(), type("*7#123456789#"), "nine-digit PIN");
        assertEquals(List.of(), type("*7A#4321#"), "A-D are not digits");
        assertEquals(List.of(), type("*7#43B21#"));
        assertEquals(List.of(new PinEntry(7, "4321")), type("*7#4321#"), "and a correct entry still works");
    }

    @Test
    void aPauseLongerThanTheDigitTimeoutDropsTheEntry() {
        type("*7#43");
        now = now.plusSeconds(3); // 4 s after the last key (type adds 1)
        assertEquals(List.of(), type("21#"));
        type("*7#43");
        now = now.plusSeconds(2); // exactly 3 s: still in time
        assertEquals(List.of(new PinEntry(7, "4321")), type("21#"));
    }

    @Test
    void thePinIsNotInTheEntrysText() {
        assertFalse(new PinEntry(7, "4321").toString().contains("4321"));
    }
}
