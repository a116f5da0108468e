package org.doorman.lock.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a table as RFC 4180 CSV in UTF-8 (with a BOM, so spreadsheet programs read the names right). */
public final class CsvWriter {
    private static final int PROGRESS_EVERY = 1_000;

    private CsvWriter() {
    }

    public static void write(Path file, Table table, Progress progress) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            write(out, table, progress);
        }
    }

    public static void write(Writer out, Table table, Progress progress) throws IOException {
        line(out, List.copyOf(table.headings()));
        for (int i = 0; i < table.size(); i++) {
            line(out, table.row().apply(i));
            if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == table.size()) {
                progress.update(i + 1, table.size());
            }
        }
    }

    private static void line(Writer out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        // A name typed as "=..." must stay a name when the CSV is opened in a spreadsheet (CSV injection).
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
