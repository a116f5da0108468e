package org.doorman.cli.api;

import java.util.Map;
import org.doorman.lock.attendance.store.AttendanceSetup;
import org.doorman.lock.attendance.store.ShiftSpec;

/** /api/shifts[/{number}]: list (GET), add (POST), show, modify (PUT, only the given fields), remove (DELETE). */
final class ShiftRoute implements Route {
    private final AttendanceSetup setup;

    ShiftRoute(AttendanceSetup setup) {
        this.setup = setup;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        if (ex.segments() > 2) {
            throw new ApiException(404, null, "use /api/shifts[/{number}]");
        }
        String n = ex.segment(1);
        if (n == null) {
            switch (ex.method()) {
                case "GET" -> ex.send(200, setup.shifts().stream().map(ShiftSpec::of).toList());
                case "POST" -> ex.send(201, ShiftSpec.of(setup.addShift(ex.body(ShiftSpec.class).toShift())));
                default -> throw new ApiException(405, null, ex.method() + " is not allowed here");
            }
            return;
        }
        int number = AttendanceRoutes.number("number", n, "a shift number 1–24");
        switch (ex.method()) {
            case "GET" -> ex.send(200, ShiftSpec.of(existing(number)));
            case "PUT" -> ex.send(200, ShiftSpec.of(setup.replaceShift(ex.body(ShiftSpec.class).applyTo(existing(number)))));
            case "DELETE" -> {
                setup.removeShift(number);
                ex.send(200, Map.of("removed", 1));
            }
            default -> throw new ApiException(405, null, ex.method() + " is not allowed here");
        }
    }

    private org.doorman.lock.attendance.Shift existing(int number) {
        return setup.shift(number).orElseThrow(() -> new ApiException(404, "number", "no shift " + number + " is configured"));
    }
}
