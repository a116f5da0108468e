package org.doorman.registrar.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.doorman.conf.storage.Jdbc;

/** Stores directory entries in the `device` table. */
public final class DirectoryRepository {
    private static final String COLUMNS = "number, kind, first_name, last_name, nick_name, ip_address, build_no,"
            + " unit_no, web_username, web_password, phone, server, realm, ha1_md5, ha1_sha256,"
            + " ha1_md5_escaped, ha1_sha256_escaped";
    private final Jdbc jdbc;

    public DirectoryRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<DirectoryEntry> loadAll() {
        return jdbc.inTransaction(c -> {
            List<DirectoryEntry> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM device");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(read(rs));
                }
            }
            return all;
        });
    }

    /** Inserts all the entries in one transaction: all land or none do. */
    public void insertAll(Collection<DirectoryEntry> entries) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO device (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (DirectoryEntry e : entries) {
                    bind(ps, e);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public void update(DirectoryEntry e) {
        jdbc.inTransaction(c -> {
            delete(c, List.of(e.number()));
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO device (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                bind(ps, e);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void deleteAll(Collection<String> numbers) {
        jdbc.inTransaction(c -> {
            delete(c, numbers);
            return null;
        });
    }

    private static void delete(Connection c, Collection<String> numbers) throws SQLException {
        try (PreparedStatement bindings = c.prepareStatement("DELETE FROM binding WHERE aor = ?");
             PreparedStatement device = c.prepareStatement("DELETE FROM device WHERE number = ?")) {
            for (String n : numbers) {
                bindings.setString(1, n);
                bindings.addBatch();
                device.setString(1, n);
                device.addBatch();
            }
            bindings.executeBatch();
            device.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, DirectoryEntry e) throws SQLException {
        Credentials cr = e.credentials();
        ps.setString(1, e.number());
        ps.setString(2, e.kind().id());
        ps.setString(3, e.firstName());
        ps.setString(4, e.lastName());
        ps.setString(5, e.nickName());
        ps.setString(6, e.ipAddress());
        ps.setString(7, e.buildNo());
        ps.setString(8, e.unitNo());
        ps.setString(9, e.webUsername());
        ps.setString(10, e.webPassword());
        ps.setBoolean(11, e.phone());
        ps.setBoolean(12, e.server());
        ps.setString(13, cr == null ? null : cr.realm());
        ps.setString(14, cr == null ? null : cr.md5());
        ps.setString(15, cr == null ? null : cr.sha256());
        ps.setString(16, cr == null ? null : cr.md5Escaped());
        ps.setString(17, cr == null ? null : cr.sha256Escaped());
    }

    private static DirectoryEntry read(ResultSet rs) throws SQLException {
        Credentials cr = rs.getString("ha1_md5") == null ? null : new Credentials(rs.getString("realm"),
                rs.getString("ha1_md5"), rs.getString("ha1_sha256"),
                rs.getString("ha1_md5_escaped"), rs.getString("ha1_sha256_escaped"));
        return new DirectoryEntry(rs.getString("number"), DeviceKind.fromId(rs.getString("kind")),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("nick_name"),
                rs.getString("ip_address"), rs.getString("build_no"), rs.getString("unit_no"),
                rs.getString("web_username"), rs.getString("web_password"),
                rs.getBoolean("phone"), rs.getBoolean("server"), cr);
    }
}
