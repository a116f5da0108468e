package org.doorman.lock.attendance.store;

import static org.doorman.lock.RefusedException.Reason.CONFLICT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.doorman.conf.storage.Jdbc;
import org.doorman.lock.ImportErrors;
import org.doorman.lock.ImportRow;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.ClockSettings;
import org.doorman.lock.attendance.Department;
import org.doorman.lock.attendance.Departments;
import org.doorman.lock.attendance.MonthSchedule;
import org.doorman.lock.attendance.Shift;
import org.doorman.lock.people.PersonRepository;

/**
 * How attendance is configured: department names (seed 2.5.3), shifts (2.7.1), schedules (2.7.2), the
 * clock settings (2.11), and the shift-and-schedule import (2.7.1/2.7.2 "Import Shift/Schedule").
 */
public final class AttendanceSetup {
    private final Jdbc jdbc;
    private final DepartmentRepository departments = new DepartmentRepository();
    private final ShiftRepository shifts = new ShiftRepository();
    private final ScheduleRepository schedules = new ScheduleRepository();
    private final SettingsRepository settings = new SettingsRepository();
    private final PersonRepository persons = new PersonRepository();

    public AttendanceSetup(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Departments departments() {
        return jdbc.inTransaction(departments::load);
    }

    /** Renames a department; the 20 departments are never added or deleted, and never nameless. */
    public synchronized Department renameDepartment(int id, String name) {
        Department renamed;
        try {
            renamed = new Department(id, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            boolean badId = id < Department.MIN_ID || id > Department.MAX_ID;
            throw RefusedException.invalid(badId ? "id" : "name", e.getMessage());
        }
        jdbc.inTransaction(c -> {
            departments.save(c, renamed);
            return null;
        });
        return renamed;
    }

    public List<Shift> shifts() {
        return jdbc.inTransaction(shifts::loadAll);
    }

    public Optional<Shift> shift(int number) {
        return shifts().stream().filter(s -> s.number() == number).findFirst();
    }

    public synchronized Shift addShift(Shift shift) {
        return jdbc.inTransaction(c -> {
            if (numbers(c).contains(shift.number())) {
                throw new RefusedException(CONFLICT, "number", "shift " + shift.number()
                        + " is already configured: modify it or choose another number (1–24)");
            }
            shifts.save(c, List.of(shift), Set.of());
            return shift;
        });
    }

    public synchronized Shift replaceShift(Shift shift) {
        return jdbc.inTransaction(c -> {
            if (!numbers(c).contains(shift.number())) {
                throw noSuchShift(shift.number());
            }
            shifts.save(c, List.of(shift), Set.of(shift.number()));
            return shift;
        });
    }

    /** Schedules that name a removed shift show those days as NO_SHIFT in reports until it is set again. */
    public synchronized void removeShift(int number) {
        jdbc.inTransaction(c -> {
            if (!shifts.delete(c, number)) {
                throw noSuchShift(number);
            }
            return null;
        });
    }

    /** The owner's month, or all rest when it was never set (the seed's blank calendar). */
    public MonthSchedule schedule(ScheduleOwner owner, YearMonth month) {
        return jdbc.inTransaction(c -> schedules.find(c, owner, month)).orElse(MonthSchedule.allRest(month));
    }

    /** Every schedule set for the month, by owner. */
    public Map<ScheduleOwner, MonthSchedule> schedules(YearMonth month) {
        return jdbc.inTransaction(c -> schedules.loadMonth(c, month));
    }

    public synchronized MonthSchedule setSchedule(ScheduleOwner owner, MonthSchedule schedule) {
        return jdbc.inTransaction(c -> {
            if (owner.kind() == ScheduleOwner.Kind.USER && persons.find(c, owner.id()).isEmpty()) {
                throw RefusedException.notFound("id", "no user with ID " + owner.id() + ": add the user first");
            }
            schedules.save(c, Map.of(owner, schedule));
            return schedule;
        });
    }

    /** What a shift-and-schedule import did. */
    public record ImportResult(int shifts, int schedules) {
    }

    /**
     * Imports shifts (the same number overwrites) and schedules (the same owner and month overwrites) in
     * one transaction; nothing is stored when any row is bad, and every bad row is named.
     */
    public synchronized ImportResult importSetup(List<ImportRow<Shift>> shiftRows,
                                                 List<ImportRow<OwnedSchedule>> scheduleRows) {
        return jdbc.inTransaction(c -> {
            ImportErrors errors = new ImportErrors();
            Map<Integer, Integer> shiftRow = new HashMap<>();
            for (ImportRow<Shift> row : shiftRows) {
                Integer earlier = shiftRow.putIfAbsent(row.value().number(), row.row());
                if (earlier != null) {
                    errors.add("Shifts row " + row.row(), "number: shift " + row.value().number()
                            + " is also on row " + earlier);
                }
            }
            Map<ScheduleOwner, MonthSchedule> byOwner = checkSchedules(c, scheduleRows, errors);
            errors.throwIfAny("shift and schedule import");
            shifts.save(c, shiftRows.stream().map(ImportRow::value).toList(), numbers(c));
            schedules.save(c, byOwner);
            return new ImportResult(shiftRows.size(), scheduleRows.size());
        });
    }

    private Map<ScheduleOwner, MonthSchedule> checkSchedules(Connection c, List<ImportRow<OwnedSchedule>> rows,
                                                             ImportErrors errors) throws SQLException {
        Set<Integer> users = rows.stream().anyMatch(r -> r.value().owner().kind() == ScheduleOwner.Kind.USER)
                ? persons.userIds(c) : Set.of();
        Map<String, Integer> seen = new HashMap<>();
        Set<YearMonth> months = new HashSet<>();
        Map<ScheduleOwner, MonthSchedule> byOwner = new TreeMap<>();
        for (ImportRow<OwnedSchedule> row : rows) {
            OwnedSchedule s = row.value();
            String where = "Schedules row " + row.row();
            String key = s.owner() + " " + s.schedule().month();
            Integer earlier = seen.putIfAbsent(key, row.row());
            if (earlier != null) {
                errors.add(where, "the " + key + " schedule is also on row " + earlier);
            }
            if (s.owner().kind() == ScheduleOwner.Kind.USER && !users.contains(s.owner().id())) {
                errors.add(where, "id: no user with ID " + s.owner().id() + ": import the users first");
            }
            months.add(s.schedule().month());
            byOwner.put(s.owner(), s.schedule());
        }
        if (months.size() > 1) {
            errors.add("Schedules", "month: one month per import, got " + months.stream().sorted()
                    .map(YearMonth::toString).collect(Collectors.joining(", ")));
        }
        return byOwner;
    }

    public ClockSettings settings() {
        return jdbc.inTransaction(settings::load);
    }

    public synchronized ClockSettings saveSettings(ClockSettings newSettings) {
        jdbc.inTransaction(c -> {
            settings.save(c, newSettings);
            return null;
        });
        return newSettings;
    }

    private Set<Integer> numbers(Connection c) throws SQLException {
        return shifts.loadAll(c).stream().map(Shift::number).collect(Collectors.toSet());
    }

    private static RefusedException noSuchShift(int number) {
        return RefusedException.notFound("number", "no shift " + number + " is configured");
    }
}
