package org.doorman.lock.people;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.doorman.lock.ImportErrors;
import org.doorman.lock.ImportRow;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.ScheduleMode;
import org.doorman.lock.attendance.UserLevel;
import org.doorman.lock.io.Choices;
import org.doorman.lock.io.Progress;
import org.doorman.lock.io.Table;
import org.doorman.lock.io.XlsxReader;
import org.doorman.lock.io.XlsxWriter;

/**
 * The user information sheet of seed 2.8.1 (user ID, name, password, cards, department, level, schedule
 * mode) plus the door columns. Columns are found by heading, so their order may change; only "User ID"
 * is required. Several cards go in one cell separated by spaces, commas or semicolons.
 */
public final class UserSheet {
    public static final String SHEET = "Users";
    static final List<String> HEADINGS = List.of("User ID", "Name", "Password", "Cards", "Lost Cards",
            "Department", "User Level", "Schedule Mode", "Room", "Lock 1", "Lock 2");

    private UserSheet() {
    }

    public static void write(Path file, List<PersonSpec> people, Progress progress) throws IOException {
        Table table = new Table(SHEET, HEADINGS, people.size(), i -> {
            PersonSpec p = people.get(i);
            return Arrays.asList(p.userId(), p.name(), p.pin(), String.join(" ", p.cards()),
                    String.join(" ", p.lostCards()), p.departmentId(),
                    Choices.label(Choices.parse(UserLevel.class, "level", p.level())),
                    Choices.label(Choices.parse(ScheduleMode.class, "scheduleMode", p.scheduleMode())), p.room(),
                    yesNo(p.lock1()), yesNo(p.lock2()));
        });
        XlsxWriter.write(file, List.of(table), progress);
    }

    /**
     * Reads every row; cells that are not what their column allows are all reported by row number and
     * column before anything is sent to the server.
     */
    public static List<ImportRow<PersonSpec>> read(Path file) throws IOException {
        List<XlsxReader.SheetData> sheets = XlsxReader.read(file);
        XlsxReader.SheetData sheet = XlsxReader.find(sheets, SHEET).orElse(sheets.isEmpty() ? null : sheets.get(0));
        if (sheet == null || !sheet.has("User ID")) {
            throw RefusedException.invalid("file", file + ": the first row must hold the headings, at least"
                    + " 'User ID' (export a sheet with 'doorman user export' to see the layout)");
        }
        ImportErrors errors = new ImportErrors();
        List<ImportRow<PersonSpec>> rows = new ArrayList<>();
        for (XlsxReader.SheetRow row : sheet.rows()) {
            try {
                rows.add(new ImportRow<>(row.number(), spec(row)));
            } catch (RefusedException e) {
                errors.add(row.number(), e.getMessage());
            }
        }
        errors.throwIfAny("user import");
        return rows;
    }

    private static PersonSpec spec(XlsxReader.SheetRow row) {
        return new PersonSpec(row.integer("User ID"), row.get("Name"), cards(row.get("Cards")),
                cards(row.get("Lost Cards")), row.get("Password"), row.integer("Department"),
                row.get("User Level"), row.get("Schedule Mode"), row.get("Room"), bool(row, "Lock 1"),
                bool(row, "Lock 2"));
    }

    private static Boolean bool(XlsxReader.SheetRow row, String heading) {
        String text = row.get(heading);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> throw RefusedException.invalid(heading, heading + ": must be Yes or No, got '" + text + "'");
        };
    }

    private static List<String> cards(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? "Yes" : "No";
    }
}
