package org.doorman.lock.log;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorman.conf.storage.Jdbc;
import org.doorman.lock.unlock.UnlockOutcome;
import org.doorman.lock.unlock.UnlockResult;
import org.doorman.lock.unlock.UnlockSource;

/**
 * The unlock log (seed 7, "Unlock"): every unlock request with its time, door, lock, method, who and
 * result. It holds at most `capacity` records: when full, the oldest are overwritten, as the door
 * station's logs are.
 */
public final class UnlockLog {
    private static final int MAX_DETAIL = 200;
    private final Jdbc jdbc;
    private final int capacity;

    /** One stored record: the result and its log id. */
    public record Entry(long id, UnlockResult result) {
    }

    public UnlockLog(Jdbc jdbc, int capacity) {
        this.jdbc = jdbc;
        this.capacity = capacity;
    }

    public void add(UnlockResult r) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO unlock_log (at_millis, door, lock_number, method,"
                    + " who, result, detail) VALUES (?,?,?,?,?,?,?)")) {
                ps.setLong(1, r.at().toEpochMilli());
                ps.setString(2, r.door().length() > 16 ? r.door().substring(0, 16) : r.door());
                ps.setInt(3, r.lock());
                ps.setString(4, r.source().name());
                ps.setString(5, r.who());
                ps.setString(6, r.outcome().name());
                ps.setString(7, r.detail().length() > MAX_DETAIL ? r.detail().substring(0, MAX_DETAIL) : r.detail());
                ps.executeUpdate();
            }
            try (PreparedStatement trim = c.prepareStatement(
                    "DELETE FROM unlock_log WHERE id <= (SELECT MAX(id) FROM unlock_log) - ?")) {
                trim.setLong(1, capacity);
                trim.executeUpdate();
            }
            return null;
        });
    }

    /** Records in [from, to), oldest first; null bounds are open. */
    public List<Entry> search(Instant from, Instant to, int limit) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at_millis, door, lock_number, method, who, result,"
                    + " detail FROM unlock_log WHERE at_millis >= ? AND at_millis < ? ORDER BY at_millis, id LIMIT ?")) {
                ps.setLong(1, from == null ? Long.MIN_VALUE : from.toEpochMilli());
                ps.setLong(2, to == null ? Long.MAX_VALUE : to.toEpochMilli());
                ps.setInt(3, limit);
                List<Entry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(rs.getLong(1), new UnlockResult(Instant.ofEpochMilli(rs.getLong(2)),
                                rs.getString(3), rs.getInt(4), UnlockSource.valueOf(rs.getString(5)), rs.getString(6),
                                UnlockOutcome.valueOf(rs.getString(7)), rs.getString(8))));
                    }
                }
                return out;
            }
        });
    }
}
