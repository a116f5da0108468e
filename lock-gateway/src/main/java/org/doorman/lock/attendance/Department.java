package org.doorman.lock.attendance;

import java.util.Objects;

/** One of the device's 20 fixed departments (seed 2.5.3): it can be renamed, never deleted, never nameless. */
public record Department(int id, String name) {

    public static final int MIN_ID = 1;
    public static final int MAX_ID = 20;
    /** The seed gives no limit; 32 characters fits a report column and any real department name. */
    public static final int MAX_NAME_LENGTH = 32;

    public Department {
        if (id < MIN_ID || id > MAX_ID) {
            throw new IllegalArgumentException("department id must be " + MIN_ID + "–" + MAX_ID + ", got " + id);
        }
        Objects.requireNonNull(name, "department " + id + ": name is required");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("department " + id + ": name cannot be empty");
        }
        DisplayNames.require("department " + id, name, MAX_NAME_LENGTH);
    }

    public Department withName(String newName) {
        return new Department(id, newName);
    }
}
