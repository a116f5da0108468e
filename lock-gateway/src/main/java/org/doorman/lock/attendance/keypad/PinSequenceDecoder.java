package org.doorman.lock.attendance.keypad;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes a PIN punch typed at a door station's keypad (pure, no I/O): {@code *} USERID {@code #} PIN
 * {@code #}, e.g. {@code *7#4321#} for user 7 with PIN 4321 (docs/attendance.md).
 *
 * <ul>
 *   <li>{@code *} always starts a new entry, dropping anything half typed.</li>
 *   <li>USERID is 1–8 digits, 1–99999999 (no leading 0); PIN is 1–8 digits, not starting with 0 (the
 *       rules of a person's PIN). Anything else — a ninth digit, an empty field, a leading 0, a key
 *       A–D, digits or {@code #} typed without a {@code *} first — drops the entry; the next {@code *}
 *       starts over.</li>
 *   <li>A pause longer than the digit timeout between two keys drops the entry.</li>
 *   <li>The second {@code #} completes it: {@link #key} answers the user ID and PIN once and starts over.</li>
 * </ul>
 * Whether the PIN is right is for {@code ClockEventService} to judge. Not thread-safe: one per call, fed
 * in order.
 */
public final class PinSequenceDecoder {
    static final int MAX_DIGITS = 8;
    private final Duration digitTimeout;
    private final StringBuilder userId = new StringBuilder();
    private final StringBuilder pin = new StringBuilder();
    private State state = State.IDLE;
    private Instant lastKey;

    private enum State { IDLE, USER_ID, PIN }

    /** A complete entry: the user ID and the PIN as typed. */
    public record PinEntry(int userId, String pin) {
        @Override
        public String toString() {
            return "PinEntry[userId=" + userId + ", pin=****]";
        }
    }

    public PinSequenceDecoder(Duration digitTimeout) {
        this.digitTimeout = Objects.requireNonNull(digitTimeout, "digitTimeout");
    }

    /**
     * One key, at the time it was pressed.
     *
     * @return the user ID and PIN when this key completes an entry, empty otherwise
     */
    public Optional<PinEntry> key(char key, Instant at) {
        if (lastKey != null && Duration.between(lastKey, at).compareTo(digitTimeout) > 0) {
            reset();
        }
        lastKey = at;
        if (key == '*') {
            reset();
            state = State.USER_ID;
            return Optional.empty();
        }
        boolean digit = key >= '0' && key <= '9';
        switch (state) {
            case IDLE -> {
                return Optional.empty();
            }
            case USER_ID -> {
                if (digit && userId.length() < MAX_DIGITS && !(userId.isEmpty() && key == '0')) {
                    userId.append(key);
                } else if (key == '#' && !userId.isEmpty()) {
                    state = State.PIN;
                } else {
                    reset();
                }
                return Optional.empty();
            }
            case PIN -> {
                if (digit && pin.length() < MAX_DIGITS && !(pin.isEmpty() && key == '0')) {
                    pin.append(key);
                    return Optional.empty();
                }
                if (key == '#' && !pin.isEmpty()) {
                    PinEntry entry = new PinEntry(Integer.parseInt(userId.toString()), pin.toString());
                    reset();
                    return Optional.of(entry);
                }
                reset();
                return Optional.empty();
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    /** True while an entry has been started and not completed or dropped. */
    public boolean pending() {
        return state != State.IDLE;
    }

    /** When the last key came, null before the first. */
    public Instant lastKey() {
        return lastKey;
    }

    private void reset() {
        state = State.IDLE;
        userId.setLength(0);
        pin.setLength(0);
    }
}
