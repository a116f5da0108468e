package org.doorman.lock.attendance;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person known to attendance, with the limits of seed 2.5.1.1 (fingerprints are not kept here).
 *
 * @param name  up to 16 characters; may be empty because users added by swiping cards get names later
 * @param cards card numbers, at most 5, stored upper-case so the same card cannot be entered twice
 * @param pin   {@code null} (or empty, stored as {@code null}) when the person has no PIN
 */
public record AttendanceUser(int userId, String name, List<String> cards, String pin, int departmentId,
                             UserLevel level, ScheduleMode scheduleMode) {

    public static final int MIN_USER_ID = 1;
    public static final int MAX_USER_ID = 99_999_999;
    public static final int MAX_NAME_LENGTH = 16;
    public static final int MAX_CARDS = 5;
    public static final int MAX_PIN_LENGTH = 8;
    /** Card numbers as card readers report them: hexadecimal, at most 64 bits. */
    public static final int MAX_CARD_LENGTH = 16;

    public AttendanceUser {
        if (userId < MIN_USER_ID || userId > MAX_USER_ID) {
            throw new IllegalArgumentException("user ID must be " + MIN_USER_ID + "–" + MAX_USER_ID + ", got " + userId);
        }
        name = requireName(userId, name);
        cards = requireCards(userId, cards);
        pin = requirePin(userId, pin);
        if (departmentId < Department.MIN_ID || departmentId > Department.MAX_ID) {
            throw new IllegalArgumentException("user " + userId + ": department must be " + Department.MIN_ID + "–"
                    + Department.MAX_ID + ", got " + departmentId);
        }
        Objects.requireNonNull(level, "user " + userId + ": level is required (USER or ADMINISTRATOR)");
        Objects.requireNonNull(scheduleMode, "user " + userId + ": schedule mode is required (DEPARTMENT or PERSONAL)");
    }

    private static String requireName(int userId, String name) {
        Objects.requireNonNull(name, "user " + userId + ": name is required (may be empty)");
        return DisplayNames.require("user " + userId, name, MAX_NAME_LENGTH);
    }

    private static List<String> requireCards(int userId, List<String> cards) {
        Objects.requireNonNull(cards, "user " + userId + ": cards are required (may be an empty list)");
        if (cards.size() > MAX_CARDS) {
            throw new IllegalArgumentException("user " + userId + ": at most " + MAX_CARDS + " cards, got " + cards.size());
        }
        Set<String> seen = new HashSet<>();
        List<String> upper = cards.stream().map(card -> requireCard(userId, card)).toList();
        for (String card : upper) {
            if (!seen.add(card)) {
                throw new IllegalArgumentException("user " + userId + ": card " + card + " is listed twice");
            }
        }
        return upper;
    }

    private static String requireCard(int userId, String card) {
        if (card == null || !card.matches("[0-9A-Fa-f]{1," + MAX_CARD_LENGTH + "}")) {
            throw new IllegalArgumentException("user " + userId + ": card number must be 1–" + MAX_CARD_LENGTH
                    + " hexadecimal digits, got " + card);
        }
        return card.toUpperCase(Locale.ROOT);
    }

    private static String requirePin(int userId, String pin) {
        if (pin == null || pin.isEmpty()) {
            return null;
        }
        if (!pin.matches("[0-9]{1," + MAX_PIN_LENGTH + "}")) {
            throw new IllegalArgumentException("user " + userId + ": PIN must be 1–" + MAX_PIN_LENGTH + " digits");
        }
        // Seed: "0 alone cannot be set as password and cannot be the first number of a password".
        if (pin.charAt(0) == '0') {
            throw new IllegalArgumentException("user " + userId + ": PIN cannot be 0 or start with 0");
        }
        return pin;
    }

    public boolean hasPin() {
        return pin != null;
    }
}
