package org.doorman.cli.api;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doorman.conf.storage.Jdbc;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.report.AttendanceReports;
import org.doorman.lock.attendance.store.AttendanceSetup;
import org.doorman.lock.attendance.store.ClockEventService;
import org.doorman.lock.people.People;

/**
 * Builds the people and attendance API paths (/api/users, /api/depts, /api/shifts, /api/schedules,
 * /api/attendance) on lock-gateway's services, and answers lock-gateway's refusals as API errors.
 */
public final class AttendanceRoutes {

    private AttendanceRoutes() {
    }

    /** @param zone the building's wall-clock zone: punches are judged and shown in it */
    public static Map<String, Route> create(Jdbc jdbc, Clock clock, ZoneId zone) {
        People people = new People(jdbc);
        AttendanceSetup setup = new AttendanceSetup(jdbc);
        ClockEventService punches = new ClockEventService(jdbc, people, clock, zone);
        AttendanceReports reports = new AttendanceReports(jdbc, clock, zone);
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put("users", refusing(new UserRoute(people, setup)));
        routes.put("depts", refusing(new DeptRoute(setup)));
        routes.put("shifts", refusing(new ShiftRoute(setup)));
        routes.put("schedules", refusing(new ScheduleRoute(setup)));
        routes.put("attendance", refusing(new AttendanceRoute(punches, reports, setup, clock, zone)));
        return routes;
    }

    private static Route refusing(Route route) {
        return ex -> {
            try {
                route.serve(ex);
            } catch (RefusedException e) {
                throw new ApiException(status(e.reason()), e.field(), e.getMessage());
            }
        };
    }

    static int status(RefusedException.Reason reason) {
        return switch (reason) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }

    /** A whole-number path segment, e.g. the 7 of /api/users/7. */
    static int number(String field, String text, String allowed) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ApiException(400, field, field + " must be " + allowed + ", got '" + text + "'");
        }
    }
}
