package org.doorman.sip.calls;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorman.conf.storage.Jdbc;
import org.doorman.sip.dialog.CallResult;

/**
 * The call log table. It holds at most `capacity` records: when full, the oldest are overwritten,
 * as the VTO manual's logs are.
 */
public final class CallLogRepository {
    private final Jdbc jdbc;
    private final int capacity;

    public CallLogRepository(Jdbc jdbc, int capacity) {
        this.jdbc = jdbc;
        this.capacity = capacity;
    }

    public void add(CallRecord r) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO call_log (call_id, caller, callee, answered_by,"
                    + " started_at, answered_at, ended_at, result) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setString(1, r.callId());
                ps.setString(2, r.caller());
                ps.setString(3, r.callee());
                ps.setString(4, r.answeredBy());
                ps.setLong(5, r.startedAt().toEpochMilli());
                if (r.answeredAt() == null) {
                    ps.setNull(6, Types.BIGINT);
                } else {
                    ps.setLong(6, r.answeredAt().toEpochMilli());
                }
                ps.setLong(7, r.endedAt().toEpochMilli());
                ps.setString(8, r.result().name());
                ps.executeUpdate();
            }
            try (PreparedStatement trim = c.prepareStatement(
                    "DELETE FROM call_log WHERE id <= (SELECT MAX(id) FROM call_log) - ?")) {
                trim.setLong(1, capacity);
                trim.executeUpdate();
            }
            return null;
        });
    }

    /** Records whose call started in [from, to), oldest first; null bounds are open. */
    public List<CallRecord> search(Instant from, Instant to, int limit) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, call_id, caller, callee, answered_by, started_at,"
                    + " answered_at, ended_at, result FROM call_log WHERE started_at >= ? AND started_at < ?"
                    + " ORDER BY started_at, id LIMIT ?")) {
                ps.setLong(1, from == null ? Long.MIN_VALUE : from.toEpochMilli());
                ps.setLong(2, to == null ? Long.MAX_VALUE : to.toEpochMilli());
                ps.setInt(3, limit);
                List<CallRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long answered = rs.getLong(7);
                        out.add(new CallRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)),
                                rs.wasNull() ? null : Instant.ofEpochMilli(answered),
                                Instant.ofEpochMilli(rs.getLong(8)), CallResult.valueOf(rs.getString(9))));
                    }
                }
                return out;
            }
        });
    }
}
