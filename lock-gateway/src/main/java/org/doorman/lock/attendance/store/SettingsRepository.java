package org.doorman.lock.attendance.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.doorman.lock.attendance.ClockSettings;
import org.doorman.lock.attendance.ClockStatus;
import org.doorman.lock.attendance.EventMode;
import org.doorman.lock.attendance.StateSwitch;

/** Stores the clock settings: the one row of `attendance_settings` and the rows of `state_switch`. */
public final class SettingsRepository {

    public ClockSettings load(Connection c) throws SQLException {
        List<StateSwitch> switches = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT minute_of_day, status FROM state_switch ORDER BY minute_of_day");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                switches.add(new StateSwitch(LocalTime.ofSecondOfDay(rs.getInt(1) * 60L), ClockStatus.valueOf(rs.getString(2))));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT recheck_minutes, event_mode, fixed_status, keep_open_seconds FROM attendance_settings WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("attendance_settings has no row 1: the V300 migration did not run");
            }
            String fixed = rs.getString(3);
            return new ClockSettings(rs.getInt(1), EventMode.valueOf(rs.getString(2)),
                    fixed == null ? null : ClockStatus.valueOf(fixed), switches, rs.getInt(4));
        }
    }

    public void save(Connection c, ClockSettings settings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE attendance_settings SET recheck_minutes = ?, event_mode = ?, fixed_status = ?, keep_open_seconds = ?"
                        + " WHERE id = 1")) {
            ps.setInt(1, settings.recheckIntervalMinutes());
            ps.setString(2, settings.mode().name());
            if (settings.fixedStatus() == null) {
                ps.setNull(3, Types.VARCHAR);
            } else {
                ps.setString(3, settings.fixedStatus().name());
            }
            ps.setInt(4, settings.keepDoorOpenSeconds());
            ps.executeUpdate();
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM state_switch");
             PreparedStatement insert = c.prepareStatement("INSERT INTO state_switch (minute_of_day, status) VALUES (?,?)")) {
            delete.executeUpdate();
            for (StateSwitch row : settings.stateSwitches()) {
                insert.setInt(1, row.time().toSecondOfDay() / 60);
                insert.setString(2, row.status().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
