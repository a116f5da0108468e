package org.doorman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.doorman.lock.io.XlsxReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The operator's attendance commands against a running in-JVM server, over real loopback HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** A past month, so every day is judged; its 3rd is a Monday in 2024-06. */
    static final String MONTH = "2024-06";

    Path dir;
    CliHarness h;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        dir = tmp;
        h = new CliHarness(dir);
    }

    @AfterAll
    void stop() {
        h.close();
    }

    CliHarness.Run ok(String... args) {
        CliHarness.Run r = h.run(args);
        assertEquals(0, r.exit(), "exit of " + List.of(args) + ": " + r.err());
        return r;
    }

    JsonNode json(String... args) throws Exception {
        return JSON.readTree(ok(args).out());
    }

    @Test
    void usersAreAddedModifiedListedAndRemoved() throws Exception {
        ok("user", "add", "101", "--name", "Ann", "--card", "a1,A2", "--pin", "1234", "--dept", "3", "--room", "9901",
                "--lock1");
        ok("user", "modify", "101", "--lost-card", "A2", "--no-lock1", "--lock2");
        JsonNode ann = json("user", "list", "--dept", "3", "--json").get(0);
        assertEquals("Ann", ann.get("name").asText());
        assertEquals("A1", ann.at("/cards/0/number").asText());
        assertTrue(ann.at("/cards/1/lost").asBoolean());
        assertTrue(ann.get("hasPin").asBoolean());
        assertTrue(!ann.has("pin"), "the PIN itself is never listed");
        assertEquals("Department 03", ann.get("department").asText());
        assertEquals("9901", ann.get("room").asText());
        assertEquals(false, ann.get("lock1").asBoolean());
        assertEquals(true, ann.get("lock2").asBoolean());

        CliHarness.Run dup = h.run("user", "add", "102", "--card", "A1");
        assertEquals(1, dup.exit());
        assertTrue(dup.err().contains("cards: card A1 already belongs to user 101"), dup.err());
        CliHarness.Run badPin = h.run("user", "add", "103", "--pin", "0123");
        assertEquals(1, badPin.exit());
        assertTrue(badPin.err().contains("PIN cannot be 0 or start with 0"), badPin.err());

        ok("user", "remove", "101");
        assertEquals(0, json("user", "list", "--json").size() - countOthers());
    }

    private int countOthers() throws Exception {
        int n = 0;
        for (JsonNode u : json("user", "list", "--json")) {
            n += u.get("userId").asInt() == 101 ? 0 : 1;
        }
        return n;
    }

    @Test
    void departmentsAreRenamedButNeverEmpty() throws Exception {
        ok("dept", "rename", "2", "PM1");
        JsonNode depts = json("dept", "list", "--json");
        assertEquals(20, depts.size());
        assertEquals("PM1", depts.get(1).get("name").asText());
        CliHarness.Run empty = h.run("dept", "rename", "2", " ");
        assertEquals(1, empty.exit());
        assertTrue(empty.err().contains("name cannot be empty"), empty.err());
    }

    @Test
    void theSeedsExampleDayComesOutOfTheReportAndEveryExportFormat() throws Exception {
        ok("shift", "add", "1", "--t1", "9:00-12:00", "--t2", "14:00-17:30", "--overtime", "18:45-20:00");
        String shifts = ok("shift", "list").out();
        assertTrue(shifts.contains("13:00:00-18:07:59"), shifts);
        ok("user", "add", "7", "--name", "Jack", "--card", "1A2B", "--schedule-mode", "PERSONAL");
        String calendar = ok("schedule", "set", "--user", "7", "--month", MONTH, "--weekdays", "1", "--day", "4=26").out();
        assertTrue(calendar.contains(" 3:1") && calendar.contains(" 4:26") && calendar.contains(" 1:0"), calendar);
        for (String t : List.of("08:00", "12:30", "15:00", "17:00", "18:20", "19:30")) {
            ok("attendance", "punch", "--user", "7", "--time", MONTH + "-03T" + t);
        }
        JsonNode report = json("attendance", "report", "--month", MONTH, "--user", "7", "--json");
        JsonNode day = report.at("/people/0/days/2");
        assertEquals("ABNORMAL", day.get("status").asText());
        assertEquals(25, day.get("earlyLeaveMinutes").asInt());
        assertEquals("5.0", day.get("workedHours").asText());
        assertEquals("1.1", day.get("overtimeHours").asText());
        assertEquals("LEAVE", report.at("/people/0/days/3/status").asText());
        assertEquals(18, report.at("/people/0/totals/absentDays").asInt(),
                "June 2024 has 20 weekdays; the 3rd is abnormal, the 4th leave, the other 18 have no punches");

        Path xlsx = dir.resolve("report.xlsx");
        ok("attendance", "report", "--month", MONTH, "--xlsx", xlsx.toString());
        List<XlsxReader.SheetData> sheets = XlsxReader.read(xlsx);
        assertEquals(List.of("Totals 2024-06", "Days 2024-06"), sheets.stream().map(XlsxReader.SheetData::name).toList());
        XlsxReader.SheetRow jackJune3 = sheets.get(1).rows().stream()
                .filter(r -> "7".equals(r.get("User ID")) && "2024-06-03".equals(r.get("Date"))).findFirst().orElseThrow();
        assertEquals("5", jackJune3.get("Worked (h)"));
        assertEquals("08:00:00", jackJune3.get("Period 1 In"));

        Path csv = dir.resolve("record.csv");
        ok("attendance", "record", "--month", MONTH, "--user", "7", "--csv", csv.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(7, lines.size(), "heading and six punches");
        assertTrue(lines.get(1).contains(",7,Jack,2024-06-03,08:00:00,CHECK_IN,OPERATOR,operator,,ACCEPTED"), lines.get(1));
    }

    @Test
    void keepDoorOpenIsSetFromTheCliWithinZeroToSixHundredSeconds() throws Exception {
        assertEquals(0, json("attendance", "settings", "--json").get("keepDoorOpenSeconds").asInt(), "off by default");
        JsonNode set = json("attendance", "settings", "--keep-door-open", "30", "--json");
        assertEquals(30, set.get("keepDoorOpenSeconds").asInt());
        assertTrue(ok("attendance", "settings").out().contains("keep door open:   30 s after a clock event"));
        CliHarness.Run tooLong = h.run("attendance", "settings", "--keep-door-open", "601");
        assertEquals(1, tooLong.exit());
        assertTrue(tooLong.err().contains("keepDoorOpenSeconds must be 0–600"), tooLong.err());
        assertEquals(30, json("attendance", "settings", "--json").get("keepDoorOpenSeconds").asInt(), "unchanged");
        assertTrue(ok("attendance", "settings", "--keep-door-open", "0").out().contains("keep door open:   off (0 s)"));
    }

    @Test
    void cardPunchesRepeatsAndRefusals() throws Exception {
        ok("user", "add", "20", "--name", "Card", "--card", "C0FFEE,BAD", "--lost-card", "BAD");
        ok("attendance", "settings", "--recheck", "3", "--mode", "AUTO_MANUAL", "--clear-switches");
        JsonNode first = json("attendance", "punch", "--card", "c0ffee", "--device", "8001", "--json");
        assertEquals("ACCEPTED", first.get("result").asText());
        assertEquals("CARD", first.get("source").asText());
        assertEquals("8001", first.get("device").asText());
        String again = ok("attendance", "punch", "--card", "C0FFEE").out();
        assertTrue(again.startsWith("repeat:"), again);

        CliHarness.Run lost = h.run("attendance", "punch", "--card", "BAD");
        assertEquals(1, lost.exit());
        assertTrue(lost.err().contains("card: card BAD of user 20 is reported lost"), lost.err());
        CliHarness.Run unknown = h.run("attendance", "punch", "--card", "ABC123");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("no user has card ABC123"), unknown.err());
        JsonNode record = json("attendance", "record", "--user", "20", "--json");
        assertEquals(List.of("ACCEPTED", "REPEAT"), record.get("events").findValuesAsText("result"));
    }

    @Test
    void userSheetExportAndImportRoundTripAndABadSheetImportsNothing() throws Exception {
        ok("user", "add", "30", "--name", "Sheet", "--card", "5151", "--pin", "777", "--room", "101", "--lock2");
        Path sheet = dir.resolve("users.xlsx");
        ok("user", "export", sheet.toString());
        ok("user", "remove", "30");
        String imported = ok("user", "import", sheet.toString()).out();
        assertTrue(imported.contains("added"), imported);
        JsonNode back = json("user", "list", "--json");
        JsonNode sheetUser = null;
        for (JsonNode u : back) {
            if (u.get("userId").asInt() == 30) {
                sheetUser = u;
            }
        }
        assertEquals("Sheet", sheetUser.get("name").asText());
        assertTrue(sheetUser.get("hasPin").asBoolean());
        assertEquals("101", sheetUser.get("room").asText());

        Path schedules = dir.resolve("schedules.xlsx");
        ok("shift", "add", "9", "--t1", "06:00-10:00");
        ok("schedule", "set", "--dept", "5", "--month", "2024-02", "--all", "9");
        ok("schedule", "export", schedules.toString(), "--month", "2024-02");
        ok("schedule", "set", "--dept", "5", "--month", "2024-02", "--all", "0");
        ok("schedule", "import", schedules.toString());
        assertEquals(9, json("schedule", "show", "--dept", "5", "--month", "2024-02", "--json").at("/codes/28").asInt());
    }

    @Test
    void unreachableServerExitsWithTwo() throws Exception {
        CliHarness.Run r = h.run("user", "list", "--server", "http://127.0.0.1:" + CliHarness.freePort(), "--token", "x");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot reach doorman"), r.err());
    }

    @Test
    void currentMonthReportIsJudgedThroughToday() throws Exception {
        JsonNode report = json("attendance", "report", "--json");
        assertEquals(YearMonth.now().toString(), report.get("month").asText());
        assertEquals(LocalDate.now().toString(), report.get("evaluatedThrough").asText());
    }
}
