package org.doorman.lock.support;

import java.nio.file.Path;
import java.sql.SQLException;
import org.doorman.conf.StorageConfig;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.Jdbc;
import org.doorman.conf.storage.TestPostgres;

/**
 * A real database migrated like the server's: embedded H2 in a test's temporary directory, or a schema of
 * its own on the PostgreSQL test server ({@link TestPostgres}), dropped on close.
 */
public final class TestDb implements AutoCloseable {
    public final Database db;
    public final Jdbc jdbc;
    private final TestPostgres.Schema schema;

    /** Embedded H2. */
    public TestDb(Path dir) {
        this(Database.open(new StorageConfig("", "", ""), dir), null);
    }

    private TestDb(Database db, TestPostgres.Schema schema) {
        this.db = db;
        this.jdbc = new Jdbc(db);
        this.schema = schema;
    }

    /** A fresh schema on the PostgreSQL test server; the test is skipped without one (fails in CI). */
    public static TestDb postgres(Path dir) throws SQLException {
        TestPostgres.Schema schema = TestPostgres.freshSchema();
        try {
            return new TestDb(Database.open(schema.config(), dir), schema);
        } catch (RuntimeException e) {
            schema.close();
            throw e;
        }
    }

    /** How many rows a table holds, to prove what was (not) stored. */
    public int count(String table) {
        return jdbc.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public void close() {
        db.close();
        if (schema != null) {
            try {
                schema.close();
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test schema " + schema.name(), e);
            }
        }
    }
}
