package org.doorman.sip.alarms;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorman.conf.storage.Jdbc;

/**
 * The alarm log table. It holds at most `capacity` records (logs.alarm-capacity): when full, the
 * oldest are overwritten, as the VTO manual's logs are.
 */
public final class AlarmLogRepository implements AlarmLog {
    private final Jdbc jdbc;
    private final int capacity;
    private final Clock clock;

    public AlarmLogRepository(Jdbc jdbc, int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.jdbc = jdbc;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public void record(String deviceNumber, String kind, String detail) {
        String device = cut(deviceNumber == null || deviceNumber.isBlank() ? "unknown" : deviceNumber, 32);
        String k = cut(kind == null || kind.isBlank() ? "unknown" : kind, MAX_KIND);
        String d = cut(detail == null ? "" : detail, MAX_DETAIL);
        long at = clock.millis();
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO alarm_log (occurred_at, device, kind, detail) VALUES (?,?,?,?)")) {
                ps.setLong(1, at);
                ps.setString(2, device);
                ps.setString(3, k);
                ps.setString(4, d);
                ps.executeUpdate();
            }
            try (PreparedStatement trim = c.prepareStatement(
                    "DELETE FROM alarm_log WHERE id <= (SELECT MAX(id) FROM alarm_log) - ?")) {
                trim.setLong(1, capacity);
                trim.executeUpdate();
            }
            return null;
        });
    }

    /** Alarms that occurred in [from, to), oldest first; null bounds are open. */
    public List<AlarmRecord> search(Instant from, Instant to, int limit) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, occurred_at, device, kind, detail FROM alarm_log"
                    + " WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id LIMIT ?")) {
                ps.setLong(1, from == null ? Long.MIN_VALUE : from.toEpochMilli());
                ps.setLong(2, to == null ? Long.MAX_VALUE : to.toEpochMilli());
                ps.setInt(3, limit);
                List<AlarmRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AlarmRecord(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }
                }
                return out;
            }
        });
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1; // never split a pair
        return s.substring(0, end) + "…";
    }
}
