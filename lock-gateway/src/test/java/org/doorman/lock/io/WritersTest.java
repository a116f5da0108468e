package org.doorman.lock.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritersTest {
    @TempDir Path dir;

    final Table table = new Table("People", List.of("ID", "Name", "Hours"), 3, i -> Arrays.asList(
            i + 1, List.of("Ann", "Smith, Bob", "=cmd|' /C calc'!A0").get(i), i == 2 ? null : new BigDecimal("6.5")));

    @Test
    void csvQuotesWhatNeedsItAndDefusesFormulas() throws Exception {
        StringWriter out = new StringWriter();
        List<Long> progress = new ArrayList<>();
        CsvWriter.write(out, table, (done, total) -> progress.add(done));
        assertEquals("ID,Name,Hours\r\n1,Ann,6.5\r\n2,\"Smith, Bob\",6.5\r\n3,'=cmd|' /C calc'!A0,\r\n", out.toString());
        assertEquals(List.of(3L), progress);
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndReadsBackUnderItsHeadings() throws Exception {
        Path file = dir.resolve("t.xlsx");
        XlsxWriter.write(file, List.of(table), Progress.NONE);
        XlsxReader.SheetData sheet = XlsxReader.read(file).get(0);
        assertEquals("People", sheet.name());
        assertEquals(List.of("ID", "Name", "Hours"), sheet.headings());
        assertEquals(List.of(2, 3, 4), sheet.rows().stream().map(XlsxReader.SheetRow::number).toList());
        assertEquals("Smith, Bob", sheet.rows().get(1).get("name"));
        assertEquals("6.5", sheet.rows().get(0).get("Hours"));
        assertEquals("3", sheet.rows().get(2).get("ID"));
    }
}
