package org.doorman.lock.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The complete set of 20 departments: always all present, so there is rename but no add or delete. */
public record Departments(List<Department> all) {

    public Departments {
        Objects.requireNonNull(all, "departments are required");
        all = List.copyOf(all);
        if (all.size() != Department.MAX_ID) {
            throw new IllegalArgumentException("departments must hold exactly " + Department.MAX_ID
                    + " entries (ids 1–20), got " + all.size());
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() != i + 1) {
                throw new IllegalArgumentException("departments must be in id order 1–20; position " + (i + 1)
                        + " holds id " + all.get(i).id());
            }
        }
    }

    /** Department 1 is "Headquarters" as on the seed's add-user screen; the rest get a name that says their id. */
    public static Departments defaults() {
        List<Department> list = new ArrayList<>();
        list.add(new Department(1, "Headquarters"));
        for (int id = 2; id <= Department.MAX_ID; id++) {
            list.add(new Department(id, String.format("Department %02d", id)));
        }
        return new Departments(list);
    }

    public Department get(int id) {
        if (id < Department.MIN_ID || id > Department.MAX_ID) {
            throw new IllegalArgumentException("department id must be 1–20, got " + id);
        }
        return all.get(id - 1);
    }

    public Departments rename(int id, String name) {
        List<Department> list = new ArrayList<>(all);
        list.set(id - 1, get(id).withName(name));
        return new Departments(list);
    }
}
