package org.doorman.cli.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorman.lock.ImportErrors;
import org.doorman.lock.ImportRow;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.Shift;
import org.doorman.lock.attendance.store.AttendanceSetup;
import org.doorman.lock.attendance.store.OwnedSchedule;
import org.doorman.lock.attendance.store.ScheduleOwner;
import org.doorman.lock.attendance.store.ScheduleSpec;
import org.doorman.lock.attendance.store.ShiftSpec;

/**
 * /api/schedules?month=YYYY-MM lists every schedule set that month; /api/schedules/{user|dept}/{id}/{YYYY-MM}
 * shows (GET) or sets (PUT {"codes": [...]}) one; /api/schedules/import (POST) takes shifts and schedules.
 */
final class ScheduleRoute implements Route {
    private static final TypeReference<List<ImportRow<ShiftSpec>>> SHIFT_ROWS = new TypeReference<>() { };
    private static final TypeReference<List<ImportRow<ScheduleSpec>>> SCHEDULE_ROWS = new TypeReference<>() { };
    private final AttendanceSetup setup;

    ScheduleRoute(AttendanceSetup setup) {
        this.setup = setup;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        if (ex.segments() == 1 && "GET".equals(ex.method())) {
            YearMonth month = ScheduleSpec.month(ex.query().get("month"));
            ex.send(200, setup.schedules(month).entrySet().stream()
                    .map(e -> ScheduleSpec.of(new OwnedSchedule(e.getKey(), e.getValue()))).toList());
        } else if (ex.segments() == 2 && "import".equals(ex.segment(1)) && "POST".equals(ex.method())) {
            ex.send(200, importAll(ex.body()));
        } else if (ex.segments() == 4) {
            ScheduleOwner owner = new ScheduleOwner(ScheduleOwner.Kind.parse(ex.segment(1)),
                    AttendanceRoutes.number("id", ex.segment(2), "a user ID or department ID"));
            YearMonth month = ScheduleSpec.month(ex.segment(3));
            switch (ex.method()) {
                case "GET" -> ex.send(200, ScheduleSpec.of(new OwnedSchedule(owner, setup.schedule(owner, month))));
                case "PUT" -> {
                    ScheduleSpec body = ex.body(ScheduleSpec.class);
                    OwnedSchedule set = new OwnedSchedule(owner, setup.setSchedule(owner,
                            ScheduleSpec.schedule(month, body.codes())));
                    ex.send(200, ScheduleSpec.of(set));
                }
                default -> throw new ApiException(405, null, ex.method() + " is not allowed here");
            }
        } else {
            throw new ApiException(404, null, "use GET /api/schedules?month=YYYY-MM,"
                    + " GET or PUT /api/schedules/{user|dept}/{id}/{YYYY-MM}, or POST /api/schedules/import");
        }
    }

    private Map<String, Integer> importAll(JsonNode body) {
        List<ImportRow<ShiftSpec>> shiftRows = rows(body.path("shifts"), SHIFT_ROWS);
        List<ImportRow<ScheduleSpec>> scheduleRows = rows(body.path("schedules"), SCHEDULE_ROWS);
        ImportErrors errors = new ImportErrors();
        List<ImportRow<Shift>> shifts = new ArrayList<>();
        for (ImportRow<ShiftSpec> row : shiftRows) {
            try {
                shifts.add(new ImportRow<>(row.row(), row.value().toShift()));
            } catch (RefusedException e) {
                errors.add("Shifts row " + row.row(), e.getMessage());
            }
        }
        List<ImportRow<OwnedSchedule>> schedules = new ArrayList<>();
        for (ImportRow<ScheduleSpec> row : scheduleRows) {
            try {
                schedules.add(new ImportRow<>(row.row(), row.value().toOwned()));
            } catch (RefusedException e) {
                errors.add("Schedules row " + row.row(), e.getMessage());
            }
        }
        errors.throwIfAny("shift and schedule import");
        AttendanceSetup.ImportResult result = setup.importSetup(shifts, schedules);
        return Map.of("shifts", result.shifts(), "schedules", result.schedules());
    }

    private static <T> List<T> rows(JsonNode node, TypeReference<List<T>> type) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        try {
            return Exchange.JSON.convertValue(node, type);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, null, "shifts and schedules must be lists of {\"row\": N, \"value\": {...}}: "
                    + e.getMessage());
        }
    }
}
