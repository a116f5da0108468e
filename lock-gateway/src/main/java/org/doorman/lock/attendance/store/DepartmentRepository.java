package org.doorman.lock.attendance.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.doorman.lock.attendance.Department;
import org.doorman.lock.attendance.Departments;

/** The 20 rows of `department`, seeded by the migration: only their names change. */
public final class DepartmentRepository {

    public Departments load(Connection c) throws SQLException {
        List<Department> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM department ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new Department(rs.getInt(1), rs.getString(2)));
            }
        }
        return new Departments(all);
    }

    public void save(Connection c, Department department) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE department SET name = ? WHERE id = ?")) {
            ps.setString(1, department.name());
            ps.setInt(2, department.id());
            ps.executeUpdate();
        }
    }
}
