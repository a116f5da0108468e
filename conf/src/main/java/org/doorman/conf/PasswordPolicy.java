package org.doorman.conf;

import java.util.Optional;

/**
 * The VTO manual's password rule: 8-32 non-blank characters with at least two of the classes
 * upper case, lower case, digits and special characters, and none of ' " ; : &.
 */
public final class PasswordPolicy {
    public static final String RULE = "8 to 32 non-blank characters, at least two of upper case, lower case,"
            + " digits and special characters, none of ' \" ; : &";

    private PasswordPolicy() {}

    /** Empty when the password is acceptable, otherwise the reason it is not. */
    public static Optional<String> check(String password) {
        if (password == null || password.length() < 8 || password.length() > 32) {
            return Optional.of("the password must have " + RULE);
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (password.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("the password must not contain blanks; it needs " + RULE);
        }
        if (password.chars().anyMatch(c -> "'\";:&".indexOf(c) >= 0)) {
            return Optional.of("the password must not contain any of ' \" ; : &");
        }
        if (classes < 2) {
            return Optional.of("the password needs at least two of upper case, lower case, digits, special characters");
        }
        return Optional.empty();
    }
}
