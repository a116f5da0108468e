package org.doorman.cli.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorman.lock.ImportErrors;
import org.doorman.lock.ImportRow;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.Departments;
import org.doorman.lock.attendance.store.AttendanceSetup;
import org.doorman.lock.people.People;
import org.doorman.lock.people.Person;
import org.doorman.lock.people.PersonSpec;

/**
 * /api/users[/{id}]: list (GET, optional ?dept=ID), add (POST), show, modify (PUT, only the given fields),
 * remove (DELETE); /api/users/export (GET, PINs included, for the sheet) and /api/users/import (POST rows).
 */
final class UserRoute implements Route {
    private static final TypeReference<List<ImportRow<PersonSpec>>> ROWS = new TypeReference<>() { };
    private final People people;
    private final AttendanceSetup setup;

    UserRoute(People people, AttendanceSetup setup) {
        this.people = people;
        this.setup = setup;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        if (ex.segments() > 2) {
            throw new ApiException(404, null, "use /api/users[/{id}], /api/users/export or /api/users/import");
        }
        String id = ex.segment(1);
        switch (ex.method() + " " + (id == null ? "" : id)) {
            case "GET " -> ex.send(200, list(ex.query().get("dept")));
            case "POST " -> ex.send(201, view(people.add(ex.body(PersonSpec.class).toPerson())));
            case "GET export" -> ex.send(200, people.list().stream().map(PersonSpec::of).toList());
            case "POST import" -> ex.send(200, importRows(ex.body()));
            default -> one(ex, AttendanceRoutes.number("userId", id, "a user ID 1–99999999"));
        }
    }

    private void one(Exchange ex, int userId) throws Exception {
        switch (ex.method()) {
            case "GET" -> ex.send(200, view(people.require(userId)));
            case "PUT" -> ex.send(200, view(people.replace(ex.body(PersonSpec.class).applyTo(people.require(userId)))));
            case "DELETE" -> {
                people.remove(userId);
                ex.send(200, Map.of("removed", 1));
            }
            default -> throw new ApiException(405, null, ex.method() + " is not allowed here");
        }
    }

    private List<PersonView> list(String dept) {
        Departments departments = setup.departments();
        Integer only = dept == null ? null : AttendanceRoutes.number("dept", dept, "a department ID 1–20");
        return people.list().stream().filter(p -> only == null || p.departmentId() == only)
                .map(p -> PersonView.of(p, departments)).toList();
    }

    private Map<String, Integer> importRows(JsonNode body) {
        List<ImportRow<PersonSpec>> rows;
        try {
            rows = Exchange.JSON.convertValue(body, ROWS);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, null, "the body must be a list of {\"row\": N, \"value\": {user fields}}: "
                    + e.getMessage());
        }
        ImportErrors errors = new ImportErrors();
        List<ImportRow<Person>> people = new ArrayList<>(rows.size());
        for (ImportRow<PersonSpec> row : rows) {
            try {
                people.add(new ImportRow<>(row.row(), row.value().toPerson()));
            } catch (RefusedException e) {
                errors.add(row.row(), (e.field() == null ? "" : e.field() + ": ") + e.getMessage());
            }
        }
        errors.throwIfAny("user import");
        People.ImportResult result = this.people.importAll(people);
        return Map.of("added", result.added(), "overwritten", result.overwritten());
    }

    private PersonView view(Person p) {
        return PersonView.of(p, setup.departments());
    }
}
