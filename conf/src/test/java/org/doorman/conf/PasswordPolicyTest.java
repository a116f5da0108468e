package org.doorman.conf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"Abcdefgh", "abcdefg1", "abcdefg!", "12345678a", "A1234567", "Ab345678901234567890123456789012"})
    void acceptsEightToThirtyTwoWithTwoClasses(String pw) {
        assertTrue(PasswordPolicy.check(pw).isEmpty(), pw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Abc1234", "abcdefgh", "12345678", "ABCDEFGH", "Abcdefg h", "Abcdefg'1", "Abcdefg\"1",
            "Abcdefg;1", "Abcdefg:1", "Abcdefg&1", "Ab3456789012345678901234567890123"})
    void refusesShortSingleClassBlankOrForbiddenCharacters(String pw) {
        assertFalse(PasswordPolicy.check(pw).isEmpty(), pw);
    }
}
