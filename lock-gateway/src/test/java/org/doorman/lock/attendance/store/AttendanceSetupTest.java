package org.doorman.lock.attendance.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.doorman.lock.ImportRow;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.ClockSettings;
import org.doorman.lock.attendance.ClockStatus;
import org.doorman.lock.attendance.EventMode;
import org.doorman.lock.attendance.MonthSchedule;
import org.doorman.lock.attendance.Period;
import org.doorman.lock.attendance.ScheduleMode;
import org.doorman.lock.attendance.Shift;
import org.doorman.lock.attendance.StateSwitch;
import org.doorman.lock.attendance.UserLevel;
import org.doorman.lock.people.People;
import org.doorman.lock.people.Person;
import org.doorman.lock.support.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttendanceSetupTest {
    static final YearMonth JUNE = YearMonth.of(2024, 6);
    static final Shift SEED = Shift.of(1, Period.of("09:00", "12:00"), Period.of("14:00", "17:30"),
            Period.of("18:45", "20:00"), 5);

    @TempDir Path dir;
    TestDb db;
    AttendanceSetup setup;

    /** The database the tests run on: embedded H2 here, PostgreSQL in the OnPostgres subclass. */
    TestDb openDb(Path dir) throws Exception {
        return new TestDb(dir);
    }

    @BeforeEach
    void open() throws Exception {
        db = openDb(dir);
        setup = new AttendanceSetup(db.jdbc);
        new People(db.jdbc).add(new Person(1, "Jack", List.of(), null, 1, UserLevel.USER, ScheduleMode.PERSONAL,
                null, false, false));
    }

    @AfterEach
    void close() {
        if (db != null) { // null when no PostgreSQL is configured and the test was skipped
            db.close();
        }
    }

    @Test
    void twentyDepartmentsAreSeededAndCanOnlyBeRenamedToANonEmptyName() {
        assertEquals(20, setup.departments().all().size());
        assertEquals("Headquarters", setup.departments().get(1).name());
        setup.renameDepartment(2, "  PM1 ");
        assertEquals("PM1", setup.departments().get(2).name());
        RefusedException empty = assertThrows(RefusedException.class, () -> setup.renameDepartment(3, " "));
        assertTrue(empty.getMessage().contains("name cannot be empty"), empty.getMessage());
        assertEquals("name", empty.field());
        assertTrue(assertThrows(RefusedException.class, () -> setup.renameDepartment(21, "X"))
                .getMessage().contains("1–20"));
    }

    @Test
    void shiftsRoundTripWithAllTheirPeriods() {
        Shift one = Shift.of(2, Period.of("08:30", "12:00"), null, null, 0);
        setup.addShift(SEED);
        setup.addShift(one);
        assertEquals(List.of(SEED, one), setup.shifts());
        assertEquals(RefusedException.Reason.CONFLICT,
                assertThrows(RefusedException.class, () -> setup.addShift(one)).reason());
        Shift changed = new Shift(2, Period.of("08:00", "12:00"), Period.of("13:00", "17:00"), null, 3, 7);
        setup.replaceShift(changed);
        assertEquals(changed, setup.shift(2).orElseThrow());
        setup.removeShift(2);
        assertEquals(List.of(SEED), setup.shifts());
        assertEquals("number", assertThrows(RefusedException.class, () -> setup.removeShift(2)).field());
    }

    @Test
    void schedulesAreStoredPerOwnerAndMonthAndAnUnsetMonthIsRest() {
        MonthSchedule mine = MonthSchedule.of(JUNE, codes(JUNE, 1));
        setup.setSchedule(ScheduleOwner.user(1), mine);
        setup.setSchedule(ScheduleOwner.department(3), MonthSchedule.of(JUNE, codes(JUNE, 26)));
        setup.setSchedule(ScheduleOwner.user(1), MonthSchedule.of(JUNE, codes(JUNE, 25)));

        assertEquals(25, setup.schedule(ScheduleOwner.user(1), JUNE).codes().get(0).code(), "the second set overwrites");
        assertEquals(MonthSchedule.allRest(JUNE.plusMonths(1)), setup.schedule(ScheduleOwner.user(1), JUNE.plusMonths(1)));
        assertEquals(2, setup.schedules(JUNE).size());
        assertEquals(RefusedException.Reason.NOT_FOUND, assertThrows(RefusedException.class,
                () -> setup.setSchedule(ScheduleOwner.user(2), mine)).reason());
    }

    @Test
    void importStoresShiftsAndSchedulesTogetherOrNothing() {
        OwnedSchedule jack = new OwnedSchedule(ScheduleOwner.user(1), MonthSchedule.of(JUNE, codes(JUNE, 1)));
        OwnedSchedule stranger = new OwnedSchedule(ScheduleOwner.user(7), MonthSchedule.of(JUNE, codes(JUNE, 1)));
        RefusedException e = assertThrows(RefusedException.class, () -> setup.importSetup(
                List.of(new ImportRow<>(2, SEED), new ImportRow<>(3, SEED)),
                List.of(new ImportRow<>(2, jack), new ImportRow<>(3, stranger))));
        assertTrue(e.getMessage().contains("Shifts row 3: number: shift 1 is also on row 2"), e.getMessage());
        assertTrue(e.getMessage().contains("Schedules row 3: id: no user with ID 7"), e.getMessage());
        assertEquals(0, db.count("shift"));
        assertEquals(0, db.count("schedule_month"));

        setup.addShift(Shift.of(1, Period.of("07:00", "08:00"), null, null, 0));
        assertEquals(new AttendanceSetup.ImportResult(1, 1),
                setup.importSetup(List.of(new ImportRow<>(2, SEED)), List.of(new ImportRow<>(2, jack))));
        assertEquals(List.of(SEED), setup.shifts(), "the same shift number overwrites");
        assertEquals(Map.of(ScheduleOwner.user(1), jack.schedule()), setup.schedules(JUNE));
    }

    @Test
    void clockSettingsRoundTrip() {
        ClockSettings s = new ClockSettings(9, EventMode.FIXED, ClockStatus.OT_OUT, List.of(
                StateSwitch.of("17:30", ClockStatus.CHECK_OUT), StateSwitch.of("08:00", ClockStatus.CHECK_IN)));
        setup.saveSettings(s);
        assertEquals(s, setup.settings());
    }

    static int[] codes(YearMonth month, int code) {
        int[] codes = new int[month.lengthOfMonth()];
        java.util.Arrays.fill(codes, code);
        return codes;
    }
}
