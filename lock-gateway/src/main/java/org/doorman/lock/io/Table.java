package org.doorman.lock.io;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A sheet of an export: headings and rows made on demand by index, so a 310,000-row month report is
 * written without holding every row's cells at once. Cells are String, Number or null (empty).
 */
public record Table(String name, List<String> headings, int size, IntFunction<List<Object>> row) {
    public Table {
        Objects.requireNonNull(name, "table name is required");
        headings = List.copyOf(headings);
        if (size < 0) {
            throw new IllegalArgumentException("table size cannot be negative, got " + size);
        }
        Objects.requireNonNull(row, "row source is required");
    }
}
