package org.doorman.lock.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doorman.lock.ImportRow;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.ScheduleMode;
import org.doorman.lock.attendance.UserLevel;
import org.doorman.lock.io.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSheetTest {
    @TempDir Path dir;

    @Test
    void exportThenImportGivesBackTheSamePeople() throws Exception {
        List<Person> people = List.of(
                new Person(1, "Jack", List.of(Card.of("1A2B"), new Card("00FF", true)), "4321", 3,
                        UserLevel.ADMINISTRATOR, ScheduleMode.PERSONAL, "9901", true, false),
                new Person(99999999, "", List.of(), null, 1, UserLevel.USER, ScheduleMode.DEPARTMENT, null, false,
                        true));
        Path file = dir.resolve("users.xlsx");
        UserSheet.write(file, people.stream().map(PersonSpec::of).toList(), Progress.NONE);

        List<ImportRow<PersonSpec>> rows = UserSheet.read(file);
        assertEquals(List.of(2, 3), rows.stream().map(ImportRow::row).toList());
        assertEquals(people, rows.stream().map(r -> r.value().toPerson()).toList());
    }

    @Test
    void readsNumbersTypedAsNumbersAndColumnsInAnyOrder() throws Exception {
        Path file = sheet(List.of("Name", "User ID", "Password", "Cards"),
                List.of(List.of("Ann", 12.0, 5566.0, 12345678.0)));
        PersonSpec spec = UserSheet.read(file).get(0).value();
        assertEquals(12, spec.userId());
        assertEquals("5566", spec.pin());
        assertEquals(List.of("12345678"), spec.cards());
    }

    @Test
    void badCellsAreReportedByRowAndColumn() throws Exception {
        Path file = sheet(List.of("User ID", "Lock 1"), List.of(List.of("x1", "Yes"), List.of(3.0, "maybe")));
        RefusedException e = assertThrows(RefusedException.class, () -> UserSheet.read(file));
        assertTrue(e.getMessage().contains("row 2: User ID: must be a whole number, got 'x1'"), e.getMessage());
        assertTrue(e.getMessage().contains("row 3: Lock 1: must be Yes or No, got 'maybe'"), e.getMessage());
    }

    private Path sheet(List<String> headings, List<List<Object>> rows) throws Exception {
        Path file = dir.resolve("hand.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Users");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headings.size(); i++) {
                head.createCell(i).setCellValue(headings.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    Object v = rows.get(r).get(i);
                    if (v instanceof Double d) {
                        row.createCell(i).setCellValue(d);
                    } else {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
        }
        return file;
    }
}
