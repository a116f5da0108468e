package org.doorman.lock.attendance.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.ClockSettings;
import org.doorman.lock.attendance.ClockStatus;
import org.doorman.lock.attendance.EventMode;
import org.doorman.lock.attendance.ScheduleMode;
import org.doorman.lock.attendance.StateSwitch;
import org.doorman.lock.attendance.UserLevel;
import org.doorman.lock.people.Card;
import org.doorman.lock.people.People;
import org.doorman.lock.people.Person;
import org.doorman.lock.support.MutableClock;
import org.doorman.lock.support.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClockEventServiceTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 2024-06-03 08:55 in Berlin (summer time, UTC+2). */
    static final Instant MORNING = Instant.parse("2024-06-03T06:55:00Z");

    @TempDir Path dir;
    TestDb db;
    MutableClock clock = new MutableClock(MORNING);
    AttendanceSetup setup;
    ClockEventService punches;

    /** The database the tests run on: embedded H2 here, PostgreSQL in the OnPostgres subclass. */
    TestDb openDb(Path dir) throws Exception {
        return new TestDb(dir);
    }

    @BeforeEach
    void open() throws Exception {
        db = openDb(dir);
        People people = new People(db.jdbc);
        people.add(new Person(1, "Jack", List.of(Card.of("1A2B"), new Card("DEAD", true)), "4321", 1,
                UserLevel.USER, ScheduleMode.DEPARTMENT, "9901", true, false));
        setup = new AttendanceSetup(db.jdbc);
        punches = new ClockEventService(db.jdbc, people, clock, BERLIN);
    }

    @AfterEach
    void close() {
        if (db != null) { // null when no PostgreSQL is configured and the test was skipped
            db.close();
        }
    }

    @Test
    void aCardPunchIsStoredWithTheStatusTheStateSwitchTableGivesInLocalTime() {
        setup.saveSettings(new ClockSettings(3, EventMode.AUTO_MANUAL, null, List.of(
                StateSwitch.of("08:00", ClockStatus.CHECK_IN), StateSwitch.of("17:30", ClockStatus.CHECK_OUT))));
        ClockEventService.Punch punch = punches.punchCard("1a2b", "8001", null);

        ClockEvent e = punch.event();
        assertEquals(1, e.userId());
        assertEquals(MORNING, e.at());
        assertEquals(ClockStatus.CHECK_IN, e.status(), "08:55 Berlin is after the 08:00 Check In row");
        assertEquals(ClockSource.CARD, e.source());
        assertEquals("8001", e.device());
        assertEquals("1A2B", e.card());
        assertEquals(ClockEvent.Result.ACCEPTED, e.result());
        assertTrue(e.id() > 0);
        assertEquals("Jack", punch.person().name());
    }

    @Test
    void aSecondPunchWithinTheRecheckIntervalIsARepeatAndTheIntervalCountsFromTheLastAcceptedOne() {
        setup.saveSettings(new ClockSettings(3, EventMode.AUTO_MANUAL, null, List.of()));
        assertEquals(ClockEvent.Result.ACCEPTED, punches.punchCard("1A2B", "8001", null).event().result());
        clock.advance(Duration.ofMinutes(2));
        ClockEvent repeat = punches.punchPin(1, "4321", "8001", null).event();
        assertEquals(ClockEvent.Result.REPEAT, repeat.result());
        assertNull(repeat.status());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(ClockEvent.Result.ACCEPTED, punches.punchDoor(1, "8001", null).event().result(),
                "3 minutes after the accepted punch is a new punch, though only 1 after the repeat");
        assertEquals(3, db.count("clock_event"), "repeats are kept for the record");
    }

    @Test
    void unknownOrLostCardsAndWrongPinsAreRefusedAndStoredNowhere() {
        RefusedException unknown = assertThrows(RefusedException.class, () -> punches.punchCard("BEEF", "8001", null));
        assertEquals(RefusedException.Reason.NOT_FOUND, unknown.reason());
        assertEquals("card", unknown.field());
        RefusedException lost = assertThrows(RefusedException.class, () -> punches.punchCard("dead", "8001", null));
        assertEquals(RefusedException.Reason.FORBIDDEN, lost.reason());
        assertTrue(lost.getMessage().contains("reported lost"), lost.getMessage());
        RefusedException pin = assertThrows(RefusedException.class, () -> punches.punchPin(1, "1111", "8001", null));
        assertEquals("pin", pin.field());
        assertEquals("card", assertThrows(RefusedException.class, () -> punches.punchCard("xyz", "", null)).field());
        assertEquals(RefusedException.Reason.NOT_FOUND,
                assertThrows(RefusedException.class, () -> punches.punchDoor(2, "8001", null)).reason());
        assertEquals(0, db.count("clock_event"));
    }

    @Test
    void forcedModeRefusesAPunchWithoutAStatusAndFixedModeIgnoresTheChoice() {
        setup.saveSettings(new ClockSettings(0, EventMode.FORCED, null, List.of()));
        RefusedException e = assertThrows(RefusedException.class, () -> punches.punchCard("1A2B", "", null));
        assertEquals("status", e.field());
        assertEquals(0, db.count("clock_event"));
        assertEquals(ClockStatus.BREAK_OUT, punches.punchCard("1A2B", "", ClockStatus.BREAK_OUT).event().status());

        setup.saveSettings(new ClockSettings(0, EventMode.FIXED, ClockStatus.OT_IN, List.of()));
        assertEquals(ClockStatus.OT_IN, punches.punchCard("1A2B", "", ClockStatus.CHECK_OUT).event().status());
    }

    @Test
    void anOperatorFillsInThePastButNotTheFutureAndTheIntervalLooksBothWays() {
        setup.saveSettings(new ClockSettings(5, EventMode.AUTO_MANUAL, null, List.of()));
        punches.punchCard("1A2B", "8001", null);
        clock.advance(Duration.ofHours(9));
        ClockEvent forgotten = punches.punchByOperator(1, MORNING.plusSeconds(3600), ClockStatus.BREAK_OUT).event();
        assertEquals(ClockEvent.Result.ACCEPTED, forgotten.result());
        assertEquals(ClockSource.OPERATOR, forgotten.source());
        assertEquals(ClockEvent.Result.REPEAT,
                punches.punchByOperator(1, MORNING.minusSeconds(120), ClockStatus.CHECK_IN).event().result(),
                "2 minutes before an accepted punch is within a 5-minute interval");
        RefusedException future = assertThrows(RefusedException.class,
                () -> punches.punchByOperator(1, clock.instant().plusSeconds(60), ClockStatus.CHECK_IN));
        assertEquals("time", future.field());
    }
}
