package org.doorman.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.ClockStatus;
import org.doorman.lock.attendance.report.AttendanceReports;
import org.doorman.lock.attendance.store.AttendanceSetup;
import org.doorman.lock.attendance.store.ClockEventService;
import org.doorman.lock.attendance.store.ScheduleSpec;
import org.doorman.lock.attendance.store.SettingsSpec;
import org.doorman.lock.io.Choices;

/**
 * /api/attendance/punch (POST), /api/attendance/records and /api/attendance/report (GET ?month=YYYY-MM
 * [&amp;user=ID]), /api/attendance/settings (GET, PUT with only the fields to change).
 */
final class AttendanceRoute implements Route {
    private final ClockEventService punches;
    private final AttendanceReports reports;
    private final AttendanceSetup setup;
    private final Clock clock;
    private final ZoneId zone;

    AttendanceRoute(ClockEventService punches, AttendanceReports reports, AttendanceSetup setup, Clock clock,
                    ZoneId zone) {
        this.punches = punches;
        this.reports = reports;
        this.setup = setup;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        String what = ex.segments() == 2 ? ex.segment(1) : "";
        switch (ex.method() + " " + what) {
            case "POST punch" -> {
                ClockEventService.Punch punch = punch(ex.body());
                ex.send(punch.event().accepted() ? 201 : 200, reports.event(punch.event(), punch.person().name()));
            }
            case "GET records" -> ex.send(200, reports.record(month(ex), user(ex)));
            case "GET report" -> ex.send(200, reports.report(month(ex), user(ex)));
            case "GET settings" -> ex.send(200, SettingsSpec.of(setup.settings(), zone.getId()));
            case "PUT settings" -> ex.send(200, SettingsSpec.of(setup.saveSettings(
                    ex.body(SettingsSpec.class).applyTo(setup.settings())), zone.getId()));
            default -> throw new ApiException(404, null, "use POST /api/attendance/punch, GET /api/attendance/records,"
                    + " GET /api/attendance/report, or GET/PUT /api/attendance/settings");
        }
    }

    /** Which kind of punch is told by the fields: card; userId with pin; userId with door; else an operator's. */
    private ClockEventService.Punch punch(JsonNode body) {
        ClockStatus status = body.hasNonNull("status")
                ? Choices.parse(ClockStatus.class, "status", body.get("status").asText()) : null;
        String device = body.path("device").asText("");
        if (body.hasNonNull("card")) {
            return punches.punchCard(body.get("card").asText(), device, status);
        }
        JsonNode user = body.get("userId");
        if (user == null || !user.canConvertToInt()) {
            throw new ApiException(400, "userId", "give card, or userId (1–99999999) with pin, door or neither"
                    + " (an operator's punch)");
        }
        if (body.hasNonNull("pin")) {
            return punches.punchPin(user.asInt(), body.get("pin").asText(), device, status);
        }
        if (body.hasNonNull("door")) {
            return punches.punchDoor(user.asInt(), body.get("door").asText(), status);
        }
        return punches.punchByOperator(user.asInt(), time(body.get("time")), status);
    }

    /** An instant with offset, or a local date-time read in the building's zone; missing means now. */
    private Instant time(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.asText();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw RefusedException.invalid("time", "time must be YYYY-MM-DDTHH:MM[:SS] (building time) or an"
                        + " ISO instant such as 2024-06-03T06:55:00Z, got '" + text + "'");
            }
        }
    }

    private YearMonth month(Exchange ex) {
        String m = ex.query().get("month");
        return m == null ? YearMonth.now(clock.withZone(zone)) : ScheduleSpec.month(m);
    }

    private static Integer user(Exchange ex) {
        String u = ex.query().get("user");
        return u == null ? null : AttendanceRoutes.number("user", u, "a user ID 1–99999999");
    }
}
