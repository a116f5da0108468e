package org.doorman.lock.attendance.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorman.conf.storage.Jdbc;
import org.doorman.lock.attendance.Departments;
import org.doorman.lock.attendance.LocalPunches;
import org.doorman.lock.attendance.MonthSchedule;
import org.doorman.lock.attendance.MonthlyReportBuilder;
import org.doorman.lock.attendance.PersonMonthReport;
import org.doorman.lock.attendance.store.ClockEvent;
import org.doorman.lock.attendance.store.ClockEventRepository;
import org.doorman.lock.attendance.store.DepartmentRepository;
import org.doorman.lock.attendance.store.ScheduleOwner;
import org.doorman.lock.attendance.store.ScheduleRepository;
import org.doorman.lock.attendance.store.ShiftRepository;
import org.doorman.lock.people.Person;
import org.doorman.lock.people.PersonRepository;

/**
 * The monthly attendance record and report (seed 2.6): reads a consistent snapshot of people, schedules,
 * shifts and punches in one transaction and lets the engine's {@link MonthlyReportBuilder} judge every day.
 */
public final class AttendanceReports {
    private final Jdbc jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final PersonRepository persons = new PersonRepository();
    private final DepartmentRepository departments = new DepartmentRepository();
    private final ShiftRepository shifts = new ShiftRepository();
    private final ScheduleRepository schedules = new ScheduleRepository();
    private final ClockEventRepository events = new ClockEventRepository();

    public AttendanceReports(Jdbc jdbc, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Every clock event of the month in time order; one person's when {@code userId} is not null. */
    public RecordView record(YearMonth month, Integer userId) {
        return jdbc.inTransaction(c -> {
            Map<Integer, String> names = new HashMap<>();
            for (Person p : persons.loadAll(c)) {
                names.put(p.userId(), p.name());
            }
            List<RecordView.Event> list = new ArrayList<>();
            for (ClockEvent e : events.list(c, start(month), start(month.plusMonths(1)), userId)) {
                list.add(event(e, names.getOrDefault(e.userId(), "")));
            }
            return new RecordView(month.toString(), zone.getId(), list);
        });
    }

    /** One event as the record shows it, in the building's wall-clock time. */
    public RecordView.Event event(ClockEvent e, String name) {
        LocalDateTime local = LocalDateTime.ofInstant(e.at(), zone);
        return new RecordView.Event(e.id(), e.userId(), name, local.toLocalDate().toString(),
                ReportViews.time(local.toLocalTime()), e.at().toString(), e.status() == null ? null : e.status().name(),
                e.source().name(), e.device(), e.card(), e.result().name());
    }

    /**
     * Judges the month for everyone (or one person). In the current month, days after today are PENDING;
     * a future month is all PENDING; a past month is judged whole.
     */
    public ReportView report(YearMonth month, Integer userId) {
        LocalDate through = evaluatedThrough(month);
        return jdbc.inTransaction(c -> {
            List<Person> people = userId == null ? persons.loadAll(c)
                    : persons.find(c, userId).map(List::of).orElse(List.of());
            Departments depts = departments.load(c);
            MonthlyReportBuilder builder = new MonthlyReportBuilder(shifts.loadAll(c));
            Map<ScheduleOwner, MonthSchedule> set = schedules.loadMonth(c, month);
            Map<Integer, MonthSchedule> byDepartment = new HashMap<>();
            set.forEach((owner, s) -> {
                if (owner.kind() == ScheduleOwner.Kind.DEPARTMENT) {
                    byDepartment.put(owner.id(), s);
                }
            });
            Map<Integer, List<Instant>> punches = punches(c, month, userId);
            List<ReportView.Person> views = new ArrayList<>(people.size());
            for (Person p : people) {
                MonthSchedule schedule = MonthSchedule.forUser(p.toAttendanceUser(), month,
                        set.get(ScheduleOwner.user(p.userId())), byDepartment);
                List<LocalDateTime> local = LocalPunches.toLocal(punches.getOrDefault(p.userId(), List.of()), zone);
                PersonMonthReport report = builder.build(p.userId(), schedule, local, through);
                views.add(ReportViews.person(p.userId(), p.name(), p.departmentId(),
                        depts.get(p.departmentId()).name(), report));
            }
            return new ReportView(month.toString(), zone.getId(), Optional.ofNullable(through)
                    .map(LocalDate::toString).orElse(null), views);
        });
    }

    private Map<Integer, List<Instant>> punches(Connection c, YearMonth month, Integer userId) throws SQLException {
        Map<Integer, List<Instant>> byUser = new HashMap<>();
        events.acceptedPunches(c, start(month), start(month.plusMonths(1)), (id, millis) -> {
            if (userId == null || userId == id) {
                byUser.computeIfAbsent(id, k -> new ArrayList<>()).add(Instant.ofEpochMilli(millis));
            }
        });
        return byUser;
    }

    private LocalDate evaluatedThrough(YearMonth month) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        YearMonth current = YearMonth.from(today);
        if (month.isBefore(current)) {
            return null;
        }
        return month.isAfter(current) ? month.atDay(1).minusDays(1) : today;
    }

    private Instant start(YearMonth month) {
        return ZonedDateTime.of(month.atDay(1).atStartOfDay(), zone).toInstant();
    }
}
