package org.doorman.lock.attendance.store;

import java.util.Locale;
import java.util.Objects;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.AttendanceUser;
import org.doorman.lock.attendance.Department;

/** Whose schedule a month is (seed 2.7.2): one person's, or one department's. */
public record ScheduleOwner(Kind kind, int id) implements Comparable<ScheduleOwner> {

    /** Departments sort before users, as in the device's Schedule Setup menu order. */
    public enum Kind {
        DEPARTMENT, USER;

        /** "user" or "dept" (also "department"), as the CLI and API spell them. */
        public static Kind parse(String text) {
            String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
            return switch (t) {
                case "user" -> USER;
                case "dept", "department" -> DEPARTMENT;
                default -> throw RefusedException.invalid("owner", "schedule owner must be user or dept, got '" + text + "'");
            };
        }

        public String id() {
            return this == USER ? "user" : "dept";
        }
    }

    public ScheduleOwner {
        Objects.requireNonNull(kind, "schedule owner kind is required (user or dept)");
        if (kind == Kind.USER && (id < AttendanceUser.MIN_USER_ID || id > AttendanceUser.MAX_USER_ID)) {
            throw RefusedException.invalid("id", "user ID must be 1–99999999, got " + id);
        }
        if (kind == Kind.DEPARTMENT && (id < Department.MIN_ID || id > Department.MAX_ID)) {
            throw RefusedException.invalid("id", "department ID must be 1–20, got " + id);
        }
    }

    public static ScheduleOwner user(int userId) {
        return new ScheduleOwner(Kind.USER, userId);
    }

    public static ScheduleOwner department(int departmentId) {
        return new ScheduleOwner(Kind.DEPARTMENT, departmentId);
    }

    @Override
    public int compareTo(ScheduleOwner other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : Integer.compare(id, other.id);
    }

    @Override
    public String toString() {
        return kind.id() + " " + id;
    }
}
