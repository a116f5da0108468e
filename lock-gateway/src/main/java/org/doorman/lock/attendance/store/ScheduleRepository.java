package org.doorman.lock.attendance.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.doorman.lock.attendance.MonthSchedule;
import org.doorman.lock.attendance.ScheduleCode;

/** Stores a month of schedule codes per owner in `schedule_month`, one comma-separated row per month. */
public final class ScheduleRepository {

    public Optional<MonthSchedule> find(Connection c, ScheduleOwner owner, YearMonth month) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT codes FROM schedule_month WHERE owner_kind = ? AND owner_id = ? AND month_key = ?")) {
            ps.setString(1, owner.kind().name());
            ps.setInt(2, owner.id());
            ps.setString(3, month.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(decode(month, rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Every schedule set for the month, by owner in owner order. */
    public Map<ScheduleOwner, MonthSchedule> loadMonth(Connection c, YearMonth month) throws SQLException {
        Map<ScheduleOwner, MonthSchedule> all = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT owner_kind, owner_id, codes FROM schedule_month WHERE month_key = ?")) {
            ps.setString(1, month.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ScheduleOwner owner = new ScheduleOwner(ScheduleOwner.Kind.valueOf(rs.getString(1)), rs.getInt(2));
                    all.put(owner, decode(month, rs.getString(3)));
                }
            }
        }
        return all;
    }

    /** Writes the schedules, overwriting those already set for the same owner and month (no vendor upsert). */
    public void save(Connection c, Map<ScheduleOwner, MonthSchedule> schedules) throws SQLException {
        Map<YearMonth, Map<ScheduleOwner, MonthSchedule>> stored = new HashMap<>();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO schedule_month (codes, owner_kind, owner_id, month_key) VALUES (?,?,?,?)");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE schedule_month SET codes = ? WHERE owner_kind = ? AND owner_id = ? AND month_key = ?")) {
            for (Map.Entry<ScheduleOwner, MonthSchedule> e : schedules.entrySet()) {
                YearMonth month = e.getValue().month();
                if (!stored.containsKey(month)) {
                    stored.put(month, loadMonth(c, month));
                }
                PreparedStatement ps = stored.get(month).containsKey(e.getKey()) ? update : insert;
                ps.setString(1, encode(e.getValue()));
                ps.setString(2, e.getKey().kind().name());
                ps.setInt(3, e.getKey().id());
                ps.setString(4, month.toString());
                ps.addBatch();
            }
            insert.executeBatch();
            update.executeBatch();
        }
    }

    /** Removes a person's own schedules when the person is removed. */
    public static void deleteUserSchedules(Connection c, int userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM schedule_month WHERE owner_kind = ? AND owner_id = ?")) {
            ps.setString(1, ScheduleOwner.Kind.USER.name());
            ps.setInt(2, userId);
            ps.executeUpdate();
        }
    }

    static String encode(MonthSchedule schedule) {
        StringBuilder sb = new StringBuilder(schedule.codes().size() * 3);
        for (ScheduleCode code : schedule.codes()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(code.code());
        }
        return sb.toString();
    }

    static MonthSchedule decode(YearMonth month, String codes) {
        String[] parts = codes.split(",");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i]);
        }
        return MonthSchedule.of(month, values);
    }
}
