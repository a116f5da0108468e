package org.doorman.lock.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as the sheets of one .xlsx workbook. Streams rows (POI's SXSSF) so a building's month
 * report fits in little memory; numbers stay numbers so the sheet can be summed. The rows wait in an
 * uncompressed temporary file until the workbook is zipped: compressing them there as well deflated every
 * row twice, the larger part of a month report's writing time (bench/attendance).
 */
public final class XlsxWriter {
    private static final int PROGRESS_EVERY = 1_000;
    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int WINDOW = 200;

    private XlsxWriter() {
    }

    public static void write(Path file, List<Table> tables, Progress progress) throws IOException {
        long total = tables.stream().mapToLong(Table::size).sum();
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            CellStyle plain = book.getCellStyleAt(0);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            long done = 0;
            for (Table table : tables) {
                done = sheet(book, plain, bold, table, done, total, progress);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        } finally {
            book.dispose();
            book.close();
        }
    }

    private static long sheet(SXSSFWorkbook book, CellStyle plain, CellStyle bold, Table table, long done, long total,
                              Progress progress) {
        Sheet sheet = book.createSheet(table.name());
        Row head = sheet.createRow(0);
        for (int i = 0; i < table.headings().size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(table.headings().get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < table.size(); r++) {
            List<Object> cells = table.row().apply(r);
            Row row = sheet.createRow(r + 1);
            for (int i = 0; i < cells.size(); i++) {
                set(row, i, cells.get(i), plain);
            }
            done++;
            if (done % PROGRESS_EVERY == 0 || done == total) {
                progress.update(done, total);
            }
        }
        return done;
    }

    /**
     * The cell gets the workbook's default style explicitly: a cell without one makes SXSSF look up its
     * column's default style in the sheet's XML beans each time the row is written (a sixth of the CPU a
     * month report's workbook took).
     */
    private static void set(Row row, int column, Object value, CellStyle plain) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellStyle(plain);
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
