package org.doorman.lock.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceUserTest {

    static AttendanceUser user(int id, String name, List<String> cards, String pin) {
        return new AttendanceUser(id, name, cards, pin, 1, UserLevel.USER, ScheduleMode.DEPARTMENT);
    }

    @Test
    void userIdIsOneToNinetyNineMillion() {
        assertEquals(1, user(1, "Jack", List.of(), null).userId());
        assertEquals(99_999_999, user(99_999_999, "Jack", List.of(), null).userId());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> user(0, "Jack", List.of(), null));
        assertEquals("user ID must be 1–99999999, got 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> user(100_000_000, "Jack", List.of(), null));
    }

    @Test
    void nameIsAtMostSixteenCharactersAndMayBeEmpty() {
        assertEquals("", user(2, "", List.of(), null).name());
        assertEquals("ABCDEFGHIJKLMNOP", user(2, "ABCDEFGHIJKLMNOP", List.of(), null).name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> user(2, "ABCDEFGHIJKLMNOPQ", List.of(), null));
        assertEquals("user 2: name must be at most 16 characters, got 17", e.getMessage());
    }

    @Test
    void nameCannotHoldControlCharacters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> user(2, "Jack\tSmith", List.of(), null));
        assertEquals("user 2: name cannot contain control characters", e.getMessage());
    }

    @Test
    void nameLengthCountsCharactersNotUtf16Units() {
        String sixteenEmoji = "😀".repeat(16);
        assertEquals(sixteenEmoji, user(2, sixteenEmoji, List.of(), null).name());
    }

    @Test
    void upToFiveDistinctHexCardsStoredUpperCase() {
        AttendanceUser u = user(3, "A", List.of("a1b2c3d4", "1", "2", "3", "4"), null);
        assertEquals(List.of("A1B2C3D4", "1", "2", "3", "4"), u.cards());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> user(3, "A", List.of("1", "2", "3", "4", "5", "6"), null));
        assertEquals("user 3: at most 5 cards, got 6", e.getMessage());
    }

    @Test
    void sameCardTwiceIsRefusedWhateverItsCase() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> user(3, "A", List.of("ab12", "AB12"), null));
        assertEquals("user 3: card AB12 is listed twice", e.getMessage());
    }

    @Test
    void badCardNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> user(3, "A", List.of("12G4"), null));
        assertThrows(IllegalArgumentException.class, () -> user(3, "A", List.of(""), null));
        assertThrows(IllegalArgumentException.class, () -> user(3, "A", List.of("12345678901234567"), null));
    }

    @Test
    void pinIsUpToEightDigits() {
        assertEquals("12345678", user(4, "A", List.of(), "12345678").pin());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> user(4, "A", List.of(), "123456789"));
        assertEquals("user 4: PIN must be 1–8 digits", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> user(4, "A", List.of(), "12a4"));
    }

    @Test
    void pinCannotBeZeroOrStartWithZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> user(4, "A", List.of(), "0"));
        assertEquals("user 4: PIN cannot be 0 or start with 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> user(4, "A", List.of(), "0123"));
        assertEquals("10", user(4, "A", List.of(), "10").pin());
    }

    @Test
    void pinMessagesNeverRepeatThePin() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> user(4, "A", List.of(), "0987"));
        assertFalse(e.getMessage().contains("0987"), e.getMessage());
    }

    @Test
    void emptyPinMeansNoPin() {
        assertNull(user(5, "A", List.of(), "").pin());
        assertFalse(user(5, "A", List.of(), null).hasPin());
        assertTrue(user(5, "A", List.of(), "7").hasPin());
    }

    @Test
    void departmentLevelAndScheduleModeAreChecked() {
        AttendanceUser admin = new AttendanceUser(6, "B", List.of(), null, 20, UserLevel.ADMINISTRATOR, ScheduleMode.PERSONAL);
        assertEquals(UserLevel.ADMINISTRATOR, admin.level());
        assertEquals(ScheduleMode.PERSONAL, admin.scheduleMode());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AttendanceUser(6, "B", List.of(), null, 21, UserLevel.USER, ScheduleMode.PERSONAL));
        assertEquals("user 6: department must be 1–20, got 21", e.getMessage());
        assertThrows(NullPointerException.class,
                () -> new AttendanceUser(6, "B", List.of(), null, 1, null, ScheduleMode.PERSONAL));
        assertThrows(NullPointerException.class,
                () -> new AttendanceUser(6, "B", List.of(), null, 1, UserLevel.USER, null));
    }
}
