package org.doorman.lock.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.doorman.lock.RefusedException;

/**
 * Reads the sheets of an .xlsx workbook as text cells under their headings (first row). Whole numbers read
 * as plain digits, so a card or PIN typed as a number in Excel reads the same as one typed as text.
 */
public final class XlsxReader {

    private XlsxReader() {
    }

    /** One sheet: its rows after the heading row, blank rows left out. */
    public record SheetData(String name, List<String> headings, List<SheetRow> rows) {
        public boolean has(String heading) {
            return headings.stream().anyMatch(h -> h.equalsIgnoreCase(heading));
        }
    }

    /** One row, numbered as Excel shows it (the heading is row 1). */
    public record SheetRow(int number, Map<String, String> cells) {
        /** The cell under a heading (any case), {@code null} when blank or the column is missing. */
        public String get(String heading) {
            String v = cells.get(heading.toLowerCase(Locale.ROOT));
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** A whole-number cell, {@code null} when blank; anything else is refused naming the column. */
        public Integer integer(String heading) {
            String text = get(heading);
            if (text == null) {
                return null;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw RefusedException.invalid(heading, heading + ": must be a whole number, got '" + text + "'");
            }
        }
    }

    public static List<SheetData> read(Path file) throws IOException {
        List<SheetData> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            for (Sheet sheet : book) {
                sheets.add(sheet(sheet));
            }
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a readable .xlsx workbook: " + e.getMessage(), e);
        }
        return sheets;
    }

    /** The sheet whose name starts with {@code prefix} (any case), e.g. "Schedules" for "Schedules 2024-06". */
    public static Optional<SheetData> find(List<SheetData> sheets, String prefix) {
        return sheets.stream().filter(s -> s.name().toLowerCase(Locale.ROOT)
                .startsWith(prefix.toLowerCase(Locale.ROOT))).findFirst();
    }

    private static SheetData sheet(Sheet sheet) {
        Row head = sheet.getRow(sheet.getFirstRowNum());
        List<String> headings = new ArrayList<>();
        if (head != null) {
            for (int i = 0; i < head.getLastCellNum(); i++) {
                headings.add(text(head.getCell(i)).strip());
            }
        }
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (head == null || row.getRowNum() <= head.getRowNum()) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            boolean blank = true;
            for (int i = 0; i < headings.size(); i++) {
                String value = text(row.getCell(i));
                blank &= value.isBlank();
                cells.put(headings.get(i).toLowerCase(Locale.ROOT), value);
            }
            if (!blank) {
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
        }
        return new SheetData(sheet.getSheetName(), headings, rows);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "Yes" : "No";
            default -> "";
        };
    }
}
