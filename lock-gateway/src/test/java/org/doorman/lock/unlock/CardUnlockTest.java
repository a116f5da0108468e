package org.doorman.lock.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.doorman.lock.attendance.ScheduleMode;
import org.doorman.lock.attendance.UserLevel;
import org.doorman.lock.attendance.store.ClockEventService;
import org.doorman.lock.people.Card;
import org.doorman.lock.people.People;
import org.doorman.lock.people.Person;
import org.doorman.lock.support.TestDoors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cards at a door station's reader: the owner's lock rights, lost and unknown cards, clock events. */
class CardUnlockTest {
    @TempDir Path dir;
    private TestDoors doors;
    private CardUnlock cards;

    private void start(String... keys) {
        doors = new TestDoors(dir, keys);
        People people = new People(doors.db.jdbc);
        people.add(person(1, "Ann", List.of(Card.of("1A2B")), true, false));
        people.add(person(2, "Bob", List.of(Card.of("B0B0"), new Card("DEAD", true)), true, true));
        people.add(person(3, "Cy", List.of(Card.of("C0C0")), false, false));
        cards = new CardUnlock(doors.unlocks, people,
                new ClockEventService(doors.db.jdbc, people, doors.clock, ZoneOffset.UTC));
    }

    private static Person person(int id, String name, List<Card> cards, boolean lock1, boolean lock2) {
        return new Person(id, name, cards, null, 1, UserLevel.USER, ScheduleMode.DEPARTMENT, "9901", lock1, lock2);
    }

    @AfterEach
    void stop() {
        doors.close();
    }

    @Test
    void aCardOpensOnlyTheLocksItsOwnerMayOpen() {
        start("doors.8001.lock1.driver=simulator");
        List<UnlockResult> r = cards.cardPresented("8001", "1a2b");
        assertEquals(1, r.size());
        assertEquals(UnlockOutcome.OPENED, r.get(0).outcome());
        assertEquals(1, r.get(0).lock());
        assertEquals("user 1 Ann (card 1A2B)", r.get(0).who());
        assertTrue(doors.simulator("8001", 1).released());
        assertFalse(doors.simulator("8001", 2).released());
    }

    @Test
    void anOwnerWithBothRightsOpensBothLocks() {
        start("doors.8001.lock1.driver=simulator");
        List<UnlockResult> r = cards.cardPresented("8001", "B0B0");
        assertEquals(List.of(1, 2), r.stream().map(UnlockResult::lock).toList());
        assertTrue(r.stream().allMatch(UnlockResult::opened));
    }

    @Test
    void aLockTheDoorStationDoesNotHaveIsNotTried() {
        start("doors.8001.lock2.driver=none");
        assertEquals(List.of(1), cards.cardPresented("8001", "B0B0").stream().map(UnlockResult::lock).toList());
    }

    @Test
    void aLostCardOpensNothing() {
        start("doors.8001.lock1.driver=simulator");
        UnlockResult r = only(cards.cardPresented("8001", "dead"));
        assertEquals(UnlockOutcome.REFUSED_LOST_CARD, r.outcome());
        assertEquals(0, r.lock());
        assertFalse(doors.simulator("8001", 1).released());
    }

    @Test
    void anUnknownOrMalformedCardOpensNothing() {
        start("doors.8001.lock1.driver=simulator");
        assertEquals(UnlockOutcome.REFUSED_UNKNOWN_CARD, only(cards.cardPresented("8001", "FFFF")).outcome());
        assertEquals(UnlockOutcome.REFUSED_UNKNOWN_CARD, only(cards.cardPresented("8001", "not-hex")).outcome());
        assertEquals(2, doors.log.search(null, null, 10).size());
    }

    @Test
    void anOwnerWithoutRightsOpensNothing() {
        start("doors.8001.lock1.driver=simulator");
        UnlockResult r = only(cards.cardPresented("8001", "C0C0"));
        assertEquals(UnlockOutcome.REFUSED_NO_RIGHT, r.outcome());
        assertTrue(r.who().startsWith("user 3 Cy"), r.who());
    }

    @Test
    void aReaderWithoutDoorControlIsNoDoor() {
        start("doors.8001.lock1.driver=simulator");
        assertEquals(UnlockOutcome.REFUSED_NO_DOOR, only(cards.cardPresented("8002", "1A2B")).outcome());
    }

    @Test
    void aCardUnlockIsAClockEventOnlyWhereTheDoorSaysSo() {
        start("doors.8001.clock-events=true", "doors.8002.lock1.driver=simulator");
        cards.cardPresented("8002", "1A2B");
        assertEquals(0, doors.db.count("clock_event"));
        cards.cardPresented("8001", "1A2B");
        assertEquals(1, doors.db.count("clock_event"));
        cards.cardPresented("8001", "DEAD");
        cards.cardPresented("8001", "C0C0");
        assertEquals(1, doors.db.count("clock_event"), "refused cards are not clock events");
    }

    private static UnlockResult only(List<UnlockResult> results) {
        assertEquals(1, results.size(), results.toString());
        return results.get(0);
    }
}
