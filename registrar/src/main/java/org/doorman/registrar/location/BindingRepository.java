package org.doorman.registrar.location;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.doorman.conf.storage.Jdbc;

/** Stores bindings in the `binding` table so registrations survive a restart. */
public final class BindingRepository {
    private final Jdbc jdbc;

    public BindingRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces every binding of the AOR in one transaction. */
    public void replace(String aor, List<Binding> bindings) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM binding WHERE aor = ?")) {
                del.setString(1, aor);
                del.executeUpdate();
            }
            if (!bindings.isEmpty()) {
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO binding (aor, contact, expires_at,"
                        + " call_id, cseq, source_address, source_port, transport, user_agent, q)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                    for (Binding b : bindings) {
                        ins.setString(1, b.aor());
                        ins.setString(2, b.contact());
                        ins.setLong(3, b.expiresAtMillis());
                        ins.setString(4, b.callId());
                        ins.setLong(5, b.cseq());
                        ins.setString(6, b.sourceAddress());
                        ins.setInt(7, b.sourcePort());
                        ins.setString(8, b.transport());
                        ins.setString(9, b.userAgent());
                        ins.setFloat(10, b.q());
                        ins.addBatch();
                    }
                    ins.executeBatch();
                }
            }
            return null;
        });
    }

    public List<Binding> loadUnexpired(long nowMillis) {
        return jdbc.inTransaction(c -> {
            List<Binding> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT aor, contact, expires_at, call_id, cseq,"
                    + " source_address, source_port, transport, user_agent, q FROM binding WHERE expires_at > ?")) {
                ps.setLong(1, nowMillis);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.add(new Binding(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                                rs.getLong(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9),
                                rs.getFloat(10)));
                    }
                }
            }
            return all;
        });
    }

    public int deleteExpired(long nowMillis) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM binding WHERE expires_at <= ?")) {
                ps.setLong(1, nowMillis);
                return ps.executeUpdate();
            }
        });
    }
}
