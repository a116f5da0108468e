package org.doorman.lock.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.doorman.lock.ImportRow;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.MonthSchedule;
import org.doorman.lock.attendance.ScheduleMode;
import org.doorman.lock.attendance.UserLevel;
import org.doorman.lock.attendance.store.AttendanceSetup;
import org.doorman.lock.attendance.store.ScheduleOwner;
import org.doorman.lock.support.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleTest {
    @TempDir Path dir;
    TestDb db;
    People people;

    /** The database the tests run on: embedded H2 here, PostgreSQL in the OnPostgres subclass. */
    TestDb openDb(Path dir) throws Exception {
        return new TestDb(dir);
    }

    @BeforeEach
    void open() throws Exception {
        db = openDb(dir);
        people = new People(db.jdbc);
    }

    @AfterEach
    void close() {
        if (db != null) { // null when no PostgreSQL is configured and the test was skipped
            db.close();
        }
    }

    static Person person(int id, String name, String... cards) {
        return new Person(id, name, List.of(cards).stream().map(Card::of).toList(), "1234", 2, UserLevel.USER,
                ScheduleMode.DEPARTMENT, "9901", true, false);
    }

    @Test
    void storesEveryFieldAndFindsThePersonByCardInAnyCase() {
        Person jack = new Person(7, "Jack", List.of(Card.of("1a2b"), new Card("FF00", true)), "4321", 3,
                UserLevel.ADMINISTRATOR, ScheduleMode.PERSONAL, "101", false, true);
        people.add(jack);

        assertEquals(jack, people.require(7));
        assertEquals(7, people.findByCard("1A2B").orElseThrow().userId());
        assertEquals(7, people.findByCard("ff00").orElseThrow().userId());
        assertTrue(people.require(7).cards().get(1).lost());
        assertTrue(people.findByCard("BEEF").isEmpty());
    }

    @Test
    void listsInUserIdOrder() {
        people.add(person(30, "C"));
        people.add(person(4, "A", "AA"));
        people.add(person(12, "B"));
        assertEquals(List.of(4, 12, 30), people.list().stream().map(Person::userId).toList());
    }

    @Test
    void refusesASecondUserWithTheSameIdOrSomeoneElsesCard() {
        people.add(person(1, "A", "AA01"));
        RefusedException sameId = assertThrows(RefusedException.class, () -> people.add(person(1, "B")));
        assertEquals(RefusedException.Reason.CONFLICT, sameId.reason());
        assertEquals("userId", sameId.field());
        RefusedException card = assertThrows(RefusedException.class, () -> people.add(person(2, "B", "aa01")));
        assertEquals("cards", card.field());
        assertTrue(card.getMessage().contains("belongs to user 1"), card.getMessage());
        assertEquals(1, db.count("person"));
    }

    @Test
    void replaceOverwritesCardsAndRemoveKeepsNothingButHistory() {
        people.add(person(1, "A", "AA01", "AA02"));
        people.replace(person(1, "A2", "AA03"));
        assertEquals(List.of("AA03"), people.require(1).cards().stream().map(Card::number).toList());
        assertTrue(people.findByCard("AA01").isEmpty());

        AttendanceSetup setup = new AttendanceSetup(db.jdbc);
        YearMonth june = YearMonth.of(2024, 6);
        setup.setSchedule(ScheduleOwner.user(1), MonthSchedule.allRest(june));
        people.remove(1);
        assertTrue(people.find(1).isEmpty());
        assertEquals(0, db.count("person_card"));
        assertEquals(0, db.count("schedule_month"));
        assertEquals("userId", assertThrows(RefusedException.class, () -> people.remove(1)).field());
        assertEquals(RefusedException.Reason.NOT_FOUND,
                assertThrows(RefusedException.class, () -> people.replace(person(1, "X"))).reason());
    }

    @Test
    void importOverwritesTheSameUserIdAndAddsTheRest() {
        people.add(person(1, "Old", "AA01"));
        People.ImportResult result = people.importAll(List.of(
                new ImportRow<>(2, person(1, "New", "AA02")),
                new ImportRow<>(3, person(2, "Two", "AA01"))));

        assertEquals(new People.ImportResult(1, 1), result);
        assertEquals("New", people.require(1).name());
        assertEquals(2, people.findByCard("AA01").orElseThrow().userId(), "a card may move between imported users");
    }

    @Test
    void aBadImportStoresNothingAndNamesEveryBadRow() {
        people.add(person(9, "Keeps", "CC01"));
        RefusedException e = assertThrows(RefusedException.class, () -> people.importAll(List.of(
                new ImportRow<>(2, person(1, "A", "AA01")),
                new ImportRow<>(3, person(1, "A again")),
                new ImportRow<>(4, person(2, "B", "AA01")),
                new ImportRow<>(5, person(3, "C", "CC01")))));

        String m = e.getMessage();
        assertTrue(m.contains("nothing was imported"), m);
        assertTrue(m.contains("row 3: userId: user ID 1 is also on row 2"), m);
        assertTrue(m.contains("row 4: cards: card AA01 is also on row 2"), m);
        assertTrue(m.contains("row 5: cards: card CC01 belongs to user 9"), m);
        assertEquals(1, db.count("person"));
        assertEquals(1, db.count("person_card"));
    }

    @Test
    void personRecordChecksTheDoorFields() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Person(1, "A",
                List.of(), null, 1, UserLevel.USER, ScheduleMode.DEPARTMENT, "12A", false, false));
        assertTrue(e.getMessage().contains("room must be 1–6 digits"), e.getMessage());
        assertFalse(new Person(1, "A", List.of(), "", 1, UserLevel.USER, ScheduleMode.DEPARTMENT, "", false, false)
                .hasPin());
    }
}
