package org.doorman.lock.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.ScheduleMode;
import org.doorman.lock.attendance.UserLevel;
import org.junit.jupiter.api.Test;

class PersonSpecTest {

    @Test
    void addFillsDefaults() {
        Person p = new PersonSpec(5, null, null, null, null, null, null, null, null, null, null).toPerson();
        assertEquals(new Person(5, "", List.of(), null, 1, UserLevel.USER, ScheduleMode.DEPARTMENT, null, false,
                false), p);
    }

    @Test
    void modifyKeepsWhatIsNotGivenAndEmptyRemovesPinAndRoom() {
        Person old = new Person(5, "Ann", List.of(Card.of("AA"), new Card("BB", true)), "55", 4,
                UserLevel.ADMINISTRATOR, ScheduleMode.PERSONAL, "9901", true, true);
        Person renamed = new PersonSpec(null, "Anna", null, null, null, null, null, null, null, null, false)
                .applyTo(old);
        assertEquals("Anna", renamed.name());
        assertEquals(old.cards(), renamed.cards());
        assertFalse(renamed.lock2());
        Person cleared = new PersonSpec(null, null, null, null, "", null, null, null, "", null, null).applyTo(old);
        assertNull(cleared.pin());
        assertNull(cleared.room());
        Person relost = new PersonSpec(null, null, null, List.of("aa"), null, null, null, null, null, null, null)
                .applyTo(old);
        assertTrue(relost.cards().get(0).lost());
    }

    @Test
    void refusalsNameTheFieldAndWhatIsAllowed() {
        RefusedException level = assertThrows(RefusedException.class, () ->
                new PersonSpec(5, null, null, null, null, null, "boss", null, null, null, null).toPerson());
        assertEquals("level", level.field());
        assertTrue(level.getMessage().contains("USER, ADMINISTRATOR"), level.getMessage());
        RefusedException lost = assertThrows(RefusedException.class, () ->
                new PersonSpec(5, null, List.of("AA"), List.of("BB"), null, null, null, null, null, null, null).toPerson());
        assertEquals("lostCards", lost.field());
        RefusedException pin = assertThrows(RefusedException.class, () ->
                new PersonSpec(5, null, null, null, "0123", null, null, null, null, null, null).toPerson());
        assertTrue(pin.getMessage().contains("PIN cannot be 0 or start with 0"), pin.getMessage());
        assertEquals("userId", assertThrows(RefusedException.class, () ->
                new PersonSpec(null, null, null, null, null, null, null, null, null, null, null).toPerson()).field());
    }
}
