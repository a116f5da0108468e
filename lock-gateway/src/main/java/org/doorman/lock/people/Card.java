package org.doorman.lock.people;

import java.util.Locale;
import java.util.Objects;
import org.doorman.lock.attendance.AttendanceUser;

/**
 * A card a person carries. A lost card stays on the person (so it cannot be given to someone else by
 * mistake and its history keeps its owner) but opens nothing and clocks nothing.
 *
 * @param number hexadecimal as readers report it, stored upper-case
 */
public record Card(String number, boolean lost) {

    public Card {
        Objects.requireNonNull(number, "card number is required");
        if (!number.matches("[0-9A-Fa-f]{1," + AttendanceUser.MAX_CARD_LENGTH + "}")) {
            throw new IllegalArgumentException("card number must be 1–" + AttendanceUser.MAX_CARD_LENGTH
                    + " hexadecimal digits, got " + number);
        }
        number = number.toUpperCase(Locale.ROOT);
    }

    public static Card of(String number) {
        return new Card(number, false);
    }

    /** Upper-cases a card number as stored, so a lookup matches whatever case the reader sent. */
    public static String canonical(String number) {
        return new Card(number, false).number();
    }
}
