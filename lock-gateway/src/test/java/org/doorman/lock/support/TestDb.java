package org.doorman.lock.support;

import java.nio.file.Path;
import org.doorman.conf.StorageConfig;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.Jdbc;

/** A real embedded H2 database in a test's temporary directory, migrated like the server's. */
public final class TestDb implements AutoCloseable {
    public final Database db;
    public final Jdbc jdbc;

    public TestDb(Path dir) {
        db = Database.open(new StorageConfig("", "", ""), dir);
        jdbc = new Jdbc(db);
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
    }
}
