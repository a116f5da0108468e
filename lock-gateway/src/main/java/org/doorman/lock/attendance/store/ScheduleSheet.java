package org.doorman.lock.attendance.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.doorman.lock.ImportErrors;
import org.doorman.lock.ImportRow;
import org.doorman.lock.RefusedException;
import org.doorman.lock.io.Progress;
import org.doorman.lock.io.Table;
import org.doorman.lock.io.XlsxReader;
import org.doorman.lock.io.XlsxWriter;

/**
 * The shift and schedule workbook (seed 2.7.1/2.7.2 "Export/Import Shift", "Export/Import Schedule"):
 * a "Shifts" sheet, one row per shift, and a "Schedules" sheet, one row per person or department with
 * the code of each day of the month in columns 1–31.
 */
public final class ScheduleSheet {
    static final List<String> SHIFT_HEADINGS = List.of("Shift", "Duty T1", "Duty T2", "Overtime",
            "Late-in (min)", "Early-out (min)");
    private static final int MAX_DAYS = 31;

    private ScheduleSheet() {
    }

    /** What the workbook holds. */
    public record Contents(List<ImportRow<ShiftSpec>> shifts, List<ImportRow<ScheduleSpec>> schedules) {
    }

    public static void write(Path file, List<ShiftSpec> shifts, List<ScheduleSpec> schedules, Progress progress)
            throws IOException {
        Table shiftTable = new Table("Shifts", SHIFT_HEADINGS, shifts.size(), i -> {
            ShiftSpec s = shifts.get(i);
            return Arrays.asList(s.number(), s.dutyT1(), s.dutyT2(), s.overtime(), s.lateInMinutes(),
                    s.earlyOutMinutes());
        });
        List<String> headings = new ArrayList<>(List.of("Owner", "ID", "Month"));
        for (int d = 1; d <= MAX_DAYS; d++) {
            headings.add(String.valueOf(d));
        }
        Table scheduleTable = new Table("Schedules", headings, schedules.size(), i -> {
            ScheduleSpec s = schedules.get(i);
            List<Object> cells = new ArrayList<>(List.of(s.owner(), s.id(), s.month()));
            cells.addAll(s.codes());
            return cells;
        });
        XlsxWriter.write(file, List.of(shiftTable, scheduleTable), progress);
    }

    /** Reads both sheets (either may be missing); every bad cell is reported with its sheet and row. */
    public static Contents read(Path file) throws IOException {
        List<XlsxReader.SheetData> sheets = XlsxReader.read(file);
        ImportErrors errors = new ImportErrors();
        List<ImportRow<ShiftSpec>> shifts = new ArrayList<>();
        List<ImportRow<ScheduleSpec>> schedules = new ArrayList<>();
        XlsxReader.find(sheets, "Shifts").ifPresent(sheet -> {
            for (XlsxReader.SheetRow row : sheet.rows()) {
                try {
                    shifts.add(new ImportRow<>(row.number(), new ShiftSpec(row.integer("Shift"), row.get("Duty T1"),
                            row.get("Duty T2"), row.get("Overtime"), row.integer("Late-in (min)"),
                            row.integer("Early-out (min)"), null)));
                } catch (RefusedException e) {
                    errors.add("Shifts row " + row.number(), e.getMessage());
                }
            }
        });
        XlsxReader.find(sheets, "Schedules").ifPresent(sheet -> {
            for (XlsxReader.SheetRow row : sheet.rows()) {
                try {
                    schedules.add(new ImportRow<>(row.number(), schedule(row)));
                } catch (RefusedException e) {
                    errors.add("Schedules row " + row.number(), e.getMessage());
                }
            }
        });
        if (shifts.isEmpty() && schedules.isEmpty() && errors.isEmpty()) {
            throw RefusedException.invalid("file", file + ": no 'Shifts' or 'Schedules' sheet with rows"
                    + " (export one with 'doorman schedule export' to see the layout)");
        }
        errors.throwIfAny("shift and schedule import");
        return new Contents(shifts, schedules);
    }

    private static ScheduleSpec schedule(XlsxReader.SheetRow row) {
        String month = row.get("Month");
        int length = ScheduleSpec.month(month).lengthOfMonth();
        List<Integer> codes = new ArrayList<>(length);
        for (int d = 1; d <= length; d++) {
            Integer code = row.integer(String.valueOf(d));
            codes.add(code == null ? 0 : code);
        }
        return new ScheduleSpec(row.get("Owner"), row.integer("ID"), month, codes);
    }
}
