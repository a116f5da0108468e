package org.doorman.lock.attendance.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.doorman.lock.attendance.Period;
import org.doorman.lock.attendance.Shift;

/** Stores shifts in `shift`, each time as its minute of the day. */
public final class ShiftRepository {
    private static final String FIELDS = "duty1_start, duty1_end, duty2_start, duty2_end, overtime_start,"
            + " overtime_end, late_in, early_out";

    /** Every configured shift, in number order. */
    public List<Shift> loadAll(Connection c) throws SQLException {
        List<Shift> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT number, " + FIELDS + " FROM shift ORDER BY number");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new Shift(rs.getInt(1), period(rs, 2), period(rs, 4), period(rs, 6), rs.getInt(8), rs.getInt(9)));
            }
        }
        return all;
    }

    /** Inserts new shifts and overwrites the numbers in {@code existing}. */
    public void save(Connection c, Collection<Shift> shifts, Set<Integer> existing) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO shift (" + FIELDS + ", number) VALUES (?,?,?,?,?,?,?,?,?)");
             PreparedStatement update = c.prepareStatement("UPDATE shift SET duty1_start = ?, duty1_end = ?,"
                     + " duty2_start = ?, duty2_end = ?, overtime_start = ?, overtime_end = ?, late_in = ?,"
                     + " early_out = ? WHERE number = ?")) {
            for (Shift shift : shifts) {
                PreparedStatement ps = existing.contains(shift.number()) ? update : insert;
                bind(ps, 1, shift.dutyT1());
                bind(ps, 3, shift.dutyT2());
                bind(ps, 5, shift.overtime());
                ps.setInt(7, shift.lateInAllowanceMinutes());
                ps.setInt(8, shift.earlyOutAllowanceMinutes());
                ps.setInt(9, shift.number());
                ps.addBatch();
            }
            insert.executeBatch();
            update.executeBatch();
        }
    }

    public boolean delete(Connection c, int number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM shift WHERE number = ?")) {
            ps.setInt(1, number);
            return ps.executeUpdate() == 1;
        }
    }

    private static void bind(PreparedStatement ps, int index, Period period) throws SQLException {
        if (period == null) {
            ps.setNull(index, Types.INTEGER);
            ps.setNull(index + 1, Types.INTEGER);
        } else {
            ps.setInt(index, period.startSecond() / 60);
            ps.setInt(index + 1, period.endSecond() / 60);
        }
    }

    private static Period period(ResultSet rs, int index) throws SQLException {
        int start = rs.getInt(index);
        if (rs.wasNull()) {
            return null;
        }
        return new Period(LocalTime.ofSecondOfDay(start * 60L), LocalTime.ofSecondOfDay(rs.getInt(index + 1) * 60L));
    }
}
