package org.doorman.lock.attendance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.doorman.lock.attendance.ClockSettings;
import org.doorman.lock.attendance.ClockStatus;
import org.doorman.lock.attendance.EventMode;
import org.doorman.lock.attendance.MonthSchedule;
import org.doorman.lock.attendance.Period;
import org.doorman.lock.attendance.ScheduleMode;
import org.doorman.lock.attendance.Shift;
import org.doorman.lock.attendance.UserLevel;
import org.doorman.lock.attendance.store.AttendanceSetup;
import org.doorman.lock.attendance.store.ClockEventService;
import org.doorman.lock.attendance.store.ScheduleOwner;
import org.doorman.lock.people.People;
import org.doorman.lock.people.Person;
import org.doorman.lock.support.MutableClock;
import org.doorman.lock.support.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttendanceReportsTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final YearMonth JUNE = YearMonth.of(2024, 6);

    @TempDir Path dir;
    TestDb db;
    MutableClock clock = new MutableClock(Instant.parse("2024-07-15T10:00:00Z"));
    AttendanceSetup setup;
    ClockEventService punches;
    AttendanceReports reports;

    /** The database the tests run on: embedded H2 here, PostgreSQL in the OnPostgres subclass. */
    TestDb openDb(Path dir) throws Exception {
        return new TestDb(dir);
    }

    @BeforeEach
    void open() throws Exception {
        db = openDb(dir);
        People people = new People(db.jdbc);
        people.add(new Person(1, "Jack", List.of(), null, 2, UserLevel.USER, ScheduleMode.PERSONAL, null, false, false));
        people.add(new Person(2, "Jill", List.of(), null, 2, UserLevel.USER, ScheduleMode.DEPARTMENT, null, false, false));
        setup = new AttendanceSetup(db.jdbc);
        setup.saveSettings(new ClockSettings(0, EventMode.AUTO_MANUAL, null, List.of()));
        // Seed Table 2-13.
        setup.addShift(Shift.of(1, Period.of("09:00", "12:00"), Period.of("14:00", "17:30"),
                Period.of("18:45", "20:00"), 5));
        int[] jack = new int[30];
        jack[2] = 1; // 2024-06-03
        jack[3] = 26;
        setup.setSchedule(ScheduleOwner.user(1), MonthSchedule.of(JUNE, jack));
        int[] dept = new int[30];
        dept[2] = 1;
        setup.setSchedule(ScheduleOwner.department(2), MonthSchedule.of(JUNE, dept));
        punches = new ClockEventService(db.jdbc, people, clock, BERLIN);
        reports = new AttendanceReports(db.jdbc, clock, BERLIN);
    }

    @AfterEach
    void close() {
        if (db != null) { // null when no PostgreSQL is configured and the test was skipped
            db.close();
        }
    }

    private void punch(int user, String localTime) {
        Instant at = LocalDateTime.parse(localTime).atZone(BERLIN).toInstant();
        punches.punchByOperator(user, at, ClockStatus.CHECK_IN);
    }

    @Test
    void theSeedsWorkedExampleComesOutOfTheStoredPunches() {
        // Seed 2.16: 8:00, 12:30, 15:00, 17:00 is 3 + 2 = 5 hours; overtime 18:20-19:30 is 1.1 hours.
        for (String t : List.of("08:00", "12:30", "15:00", "17:00", "18:20", "19:30")) {
            punch(1, "2024-06-03T" + t);
        }
        ReportView report = reports.report(JUNE, null);

        assertEquals("2024-06", report.month());
        assertEquals("Europe/Berlin", report.zone());
        assertNull(report.evaluatedThrough(), "a past month is judged whole");
        ReportView.Person jack = report.people().get(0);
        assertEquals("Department 02", jack.department());
        ReportView.Day day = jack.days().get(2);
        assertEquals("2024-06-03", day.date());
        assertEquals("Mon", day.weekday());
        assertEquals("ABNORMAL", day.status());
        assertEquals(6, day.punches());
        assertEquals(25, day.earlyLeaveMinutes(), "17:00 is 25 minutes before 17:25");
        assertEquals(new BigDecimal("5.0"), day.workedHours());
        assertEquals(new BigDecimal("1.1"), day.overtimeHours());
        assertEquals("08:00:00", day.periods().get(0).punchIn());
        assertEquals("13:00:00-18:07:59", day.periods().get(1).window());
        assertEquals("LEAVE", jack.days().get(3).status());
        assertEquals(1, jack.totals().abnormalDays());
        assertEquals(28, jack.totals().restDays());
        assertEquals(1, jack.totals().leaveDays());

        ReportView.Person jill = report.people().get(1);
        assertEquals("ABSENT", jill.days().get(2).status(), "Jill follows her department's schedule and never punched");
        assertEquals(new BigDecimal("1.0"), jill.totals().absenceDays());
    }

    @Test
    void theCurrentMonthIsJudgedThroughTodayAndOnePersonCanBeAsked() {
        clock.set(Instant.parse("2024-06-02T12:00:00Z"));
        ReportView report = reports.report(JUNE, 1);
        assertEquals("2024-06-02", report.evaluatedThrough());
        assertEquals(1, report.people().size());
        assertEquals("PENDING", report.people().get(0).days().get(2).status());
    }

    @Test
    void theRecordListsEveryPunchInLocalTimeRepeatsIncluded() {
        setup.saveSettings(new ClockSettings(3, EventMode.AUTO_MANUAL, null, List.of()));
        punch(2, "2024-06-03T08:59:30");
        punch(2, "2024-06-03T09:00:10");
        punch(1, "2024-05-31T23:59:59");
        RecordView record = reports.record(JUNE, null);

        assertEquals(2, record.events().size(), "May's punch is not in June");
        RecordView.Event first = record.events().get(0);
        assertEquals("Jill", first.name());
        assertEquals("2024-06-03", first.date());
        assertEquals("08:59:30", first.time());
        assertEquals("2024-06-03T06:59:30Z", first.instant());
        assertEquals("OPERATOR", first.source());
        assertEquals("ACCEPTED", first.result());
        assertEquals("REPEAT", record.events().get(1).result());
        assertNull(record.events().get(1).status());
        assertTrue(reports.record(JUNE, 1).events().isEmpty());
    }
}
