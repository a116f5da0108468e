package org.doorman.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.doorman.lock.attendance.store.AttendanceSetup;

/** /api/depts: the 20 departments (GET); /api/depts/{id} renames one (PUT {"name": ...}). */
final class DeptRoute implements Route {
    private final AttendanceSetup setup;

    DeptRoute(AttendanceSetup setup) {
        this.setup = setup;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        String id = ex.segment(1);
        if (id == null && "GET".equals(ex.method())) {
            ex.send(200, setup.departments().all());
        } else if (id != null && ex.segments() == 2 && "PUT".equals(ex.method())) {
            JsonNode name = ex.body().get("name");
            if (name == null || !name.isTextual()) {
                throw new ApiException(400, "name", "name is required: the department's new name (1–32 characters)");
            }
            ex.send(200, setup.renameDepartment(AttendanceRoutes.number("id", id, "a department ID 1–20"), name.asText()));
        } else {
            throw new ApiException(405, null, "use GET /api/depts or PUT /api/depts/{id} with {\"name\": ...};"
                    + " the 20 departments are never added or removed");
        }
    }
}
