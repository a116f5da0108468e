package org.doorman.lock.attendance.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorman.lock.attendance.ClockStatus;

/** Stores clock events in `clock_event`, instants as epoch milliseconds. */
public final class ClockEventRepository {
    private static final String COLUMNS = "id, user_id, at_millis, status, source, device, card, result";
    private static final String INSERT = "INSERT INTO clock_event (user_id, at_millis, status, source, device, card,"
            + " result) VALUES (?,?,?,?,?,?,?)";

    /** Receives accepted punches for the monthly report. */
    @FunctionalInterface
    public interface PunchSink {
        void accept(int userId, long atMillis);
    }

    public ClockEvent insert(Connection c, ClockEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"id"})) {
            bind(ps, e);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? e.withId(keys.getLong(1)) : e;
            }
        }
    }

    /** The person's accepted event nearest to {@code at}, before or after (an operator may fill in the past). */
    public Optional<Instant> nearestAccepted(Connection c, int userId, Instant at) throws SQLException {
        long t = at.toEpochMilli();
        Long before = single(c, "SELECT MAX(at_millis) FROM clock_event WHERE user_id = ? AND result = 'ACCEPTED'"
                + " AND at_millis <= ?", userId, t);
        Long after = single(c, "SELECT MIN(at_millis) FROM clock_event WHERE user_id = ? AND result = 'ACCEPTED'"
                + " AND at_millis >= ?", userId, t);
        Long nearest = before == null ? after : after == null ? before : (t - before <= after - t ? before : after);
        return Optional.ofNullable(nearest).map(Instant::ofEpochMilli);
    }

    /** Every event in [from, to), by time; only one person's when {@code userId} is not null. */
    public List<ClockEvent> list(Connection c, Instant from, Instant to, Integer userId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM clock_event WHERE at_millis >= ? AND at_millis < ?"
                + (userId == null ? "" : " AND user_id = ?") + " ORDER BY at_millis, id";
        List<ClockEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, from.toEpochMilli());
            ps.setLong(2, to.toEpochMilli());
            if (userId != null) {
                ps.setInt(3, userId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(read(rs));
                }
            }
        }
        return events;
    }

    /**
     * Streams the accepted punches in [from, to) without building events, in no particular order: the
     * report groups them by person and the engine sorts each day, so the database need not sort a month.
     */
    public void acceptedPunches(Connection c, Instant from, Instant to, PunchSink sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT user_id, at_millis FROM clock_event"
                + " WHERE at_millis >= ? AND at_millis < ? AND result = 'ACCEPTED'")) {
            ps.setFetchSize(10_000);
            ps.setLong(1, from.toEpochMilli());
            ps.setLong(2, to.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getInt(1), rs.getLong(2));
                }
            }
        }
    }

    /** Stores many events at once (the benchmark's month of punches, a future device log import). */
    public void insertAll(Connection c, List<ClockEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (ClockEvent e : events) {
                bind(ps, e);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, ClockEvent e) throws SQLException {
        ps.setInt(1, e.userId());
        ps.setLong(2, e.at().toEpochMilli());
        ps.setString(3, e.status() == null ? null : e.status().name());
        ps.setString(4, e.source().name());
        ps.setString(5, e.device());
        if (e.card() == null) {
            ps.setNull(6, Types.VARCHAR);
        } else {
            ps.setString(6, e.card());
        }
        ps.setString(7, e.result().name());
    }

    private static Long single(Connection c, String sql, int userId, long t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, userId);
            ps.setLong(2, t);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        }
    }

    private static ClockEvent read(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return new ClockEvent(rs.getLong("id"), rs.getInt("user_id"), Instant.ofEpochMilli(rs.getLong("at_millis")),
                status == null ? null : ClockStatus.valueOf(status), ClockSource.valueOf(rs.getString("source")),
                rs.getString("device"), rs.getString("card"), ClockEvent.Result.valueOf(rs.getString("result")));
    }
}
