package org.doorman.lock.unlock;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * Whether the DTMF keys of one call make a door station's first or second unlock command (pure, no I/O).
 * Keys accumulate; a pause longer than the digit timeout starts over; a key that cannot continue either
 * command keeps only the longest tail of what was typed that still begins one, so "4456" still opens
 * with "456". A complete command answers its lock (1 or 2) and starts over. An empty command is off.
 * Not thread-safe: one per call, fed in order.
 */
public final class UnlockCommandMatcher {
    private final String first;
    private final String second;
    private final Duration digitTimeout;
    private final StringBuilder typed = new StringBuilder();
    private Instant lastKey;

    public UnlockCommandMatcher(String firstCommand, String secondCommand, Duration digitTimeout) {
        this.first = firstCommand == null ? "" : firstCommand;
        this.second = secondCommand == null ? "" : secondCommand;
        this.digitTimeout = digitTimeout;
    }

    /**
     * One key, at the time it was pressed.
     *
     * @param key 0-9, * or #; anything else starts over
     * @return 1 or 2 when this key completes that lock's unlock command, empty otherwise
     */
    public OptionalInt digit(char key, Instant at) {
        if (lastKey != null && Duration.between(lastKey, at).compareTo(digitTimeout) > 0) {
            typed.setLength(0);
        }
        lastKey = at;
        if (!((key >= '0' && key <= '9') || key == '*' || key == '#')) {
            typed.setLength(0);
            return OptionalInt.empty();
        }
        typed.append(key);
        String s = typed.toString();
        if (!first.isEmpty() && s.equals(first)) {
            typed.setLength(0);
            return OptionalInt.of(1);
        }
        if (!second.isEmpty() && s.equals(second)) {
            typed.setLength(0);
            return OptionalInt.of(2);
        }
        keepLongestStartingTail(s);
        return OptionalInt.empty();
    }

    private void keepLongestStartingTail(String s) {
        for (int start = 0; start < s.length(); start++) {
            String tail = s.substring(start);
            if (begins(first, tail) || begins(second, tail)) {
                typed.setLength(0);
                typed.append(tail);
                return;
            }
        }
        typed.setLength(0);
    }

    private static boolean begins(String command, String tail) {
        return !command.isEmpty() && command.startsWith(tail);
    }

    /** What has been typed towards a command so far. */
    public String pending() {
        return typed.toString();
    }

    /** When the last key came, null before the first. */
    public Instant lastKey() {
        return lastKey;
    }
}
