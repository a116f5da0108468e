package org.doorman.lock.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.doorman.conf.StorageConfig;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.Jdbc;
import org.doorman.lock.ImportRow;
import org.doorman.lock.attendance.MonthSchedule;
import org.doorman.lock.attendance.Period;
import org.doorman.lock.attendance.Shift;
import org.doorman.lock.attendance.report.AttendanceReports;
import org.doorman.lock.attendance.report.ReportTables;
import org.doorman.lock.attendance.report.ReportView;
import org.doorman.lock.attendance.store.AttendanceSetup;
import org.doorman.lock.attendance.store.ClockEvent;
import org.doorman.lock.attendance.store.ClockEventRepository;
import org.doorman.lock.attendance.store.ClockSource;
import org.doorman.lock.attendance.store.OwnedSchedule;
import org.doorman.lock.attendance.store.ScheduleOwner;
import org.doorman.lock.attendance.ClockStatus;
import org.doorman.lock.io.Progress;
import org.doorman.lock.io.XlsxWriter;
import org.doorman.lock.people.People;
import org.doorman.lock.people.PersonSpec;
import org.doorman.lock.people.UserSheet;

/**
 * bench/attendance: imports a generated user sheet and builds a month report on embedded H2, printing
 * the seconds of each step. Run by bench/attendance/run; arguments: users (10000), work directory.
 */
public final class AttendanceBench {
    private static final YearMonth MONTH = YearMonth.of(2024, 1); // 31 days
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "bench/out/attendance"));
        try (Database db = Database.open(new StorageConfig("", "", ""), Files.createTempDirectory(dir, "db"))) {
            Jdbc jdbc = new Jdbc(db);
            Path sheet = dir.resolve("users-" + users + ".xlsx");
            UserSheet.write(sheet, generated(users), Progress.NONE);
            System.out.printf("sheet: %d users, %d KB (%s)%n", users, Files.size(sheet) / 1024, sheet);

            Step step = Step.start();
            List<ImportRow<PersonSpec>> rows = UserSheet.read(sheet);
            People.ImportResult imported = new People(jdbc).importAll(rows.stream()
                    .map(r -> new ImportRow<>(r.row(), r.value().toPerson())).toList());
            step.report("import user sheet (read + check + one transaction)", imported.added() + " users added");

            long punches = setUpMonth(jdbc, users);
            AttendanceReports reports = new AttendanceReports(jdbc, Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"),
                    ZONE), ZONE);
            reports.report(MONTH, 1); // load the classes once, as a running server has
            step = Step.start();
            ReportView report = reports.report(MONTH, null);
            step.report("build month report (" + users + " users x " + MONTH.lengthOfMonth() + " days, "
                    + punches + " punches)", report.people().size() + " people, totals worked "
                    + report.people().stream().mapToDouble(p -> p.totals().workedHours().doubleValue()).sum() + " h");

            step = Step.start();
            Path xlsx = dir.resolve("report-" + users + ".xlsx");
            XlsxWriter.write(xlsx, List.of(ReportTables.totals(report), ReportTables.days(report)), Progress.NONE);
            step.report("write report workbook (" + (users + users * MONTH.lengthOfMonth()) + " rows)",
                    Files.size(xlsx) / 1024 + " KB");
        }
    }

    private static List<PersonSpec> generated(int users) {
        List<PersonSpec> specs = new ArrayList<>(users);
        for (int id = 1; id <= users; id++) {
            specs.add(new PersonSpec(id, "User " + id, List.of(Integer.toHexString(0x100000 + id).toUpperCase()),
                    List.of(), String.valueOf(1000 + id % 9000), 1 + id % 20, "USER", "DEPARTMENT",
                    String.valueOf(100 + id % 900), true, false));
        }
        return specs;
    }

    /** The seed's shift on every weekday for all 20 departments, and four punches per person per working day. */
    private static long setUpMonth(Jdbc jdbc, int users) throws Exception {
        Step step = Step.start();
        AttendanceSetup setup = new AttendanceSetup(jdbc);
        setup.addShift(Shift.of(1, Period.of("09:00", "12:00"), Period.of("14:00", "17:30"), Period.of("18:45", "20:00"), 5));
        int[] codes = new int[MONTH.lengthOfMonth()];
        for (int d = 1; d <= codes.length; d++) {
            codes[d - 1] = MONTH.atDay(d).getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() ? 0 : 1;
        }
        Map<ScheduleOwner, MonthSchedule> schedules = new TreeMap<>();
        List<ImportRow<OwnedSchedule>> rows = new ArrayList<>();
        for (int dept = 1; dept <= 20; dept++) {
            rows.add(new ImportRow<>(dept, new OwnedSchedule(ScheduleOwner.department(dept), MonthSchedule.of(MONTH, codes))));
        }
        setup.importSetup(List.of(), rows);
        Random random = new Random(42);
        ClockEventRepository repository = new ClockEventRepository();
        long count = 0;
        List<ClockEvent> batch = new ArrayList<>();
        for (int id = 1; id <= users; id++) {
            for (int d = 1; d <= codes.length; d++) {
                if (codes[d - 1] == 0) {
                    continue;
                }
                LocalDate date = MONTH.atDay(d);
                for (int minute : new int[] {8 * 60 + 50, 12 * 60 + 5, 13 * 60 + 55, 17 * 60 + 35}) {
                    Instant at = date.atStartOfDay(ZONE).toInstant().plusSeconds(60L * (minute + random.nextInt(15) - 7));
                    batch.add(new ClockEvent(0, id, at, ClockStatus.CHECK_IN, ClockSource.CARD, "8001", null,
                            ClockEvent.Result.ACCEPTED));
                }
            }
            if (batch.size() >= 20_000 || id == users) {
                List<ClockEvent> chunk = List.copyOf(batch);
                jdbc.inTransaction(c -> {
                    repository.insertAll(c, chunk);
                    return null;
                });
                count += chunk.size();
                batch.clear();
            }
        }
        step.report("set up shift, schedules and punches (not part of the target)", count + " punches stored");
        return count;
    }

    /**
     * One timed step: wall-clock seconds and, beside them, the CPU seconds of this thread (the database and
     * POI work on it). On a shared machine the wall clock also counts waiting for a core; the CPU time
     * does not.
     */
    private record Step(long nanos, long cpuNanos) {
        static Step start() {
            return new Step(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
        }

        void report(String what, String detail) {
            System.out.printf("%-75s %6.2f s  cpu %6.2f s  (%s)%n", what, (System.nanoTime() - nanos) / 1e9,
                    (THREADS.getCurrentThreadCpuTime() - cpuNanos) / 1e9, detail);
        }
    }
}
