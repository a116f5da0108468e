package org.doorman.cli.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.doorman.conf.StorageConfig;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every module's migrations (the cli sees them all on its classpath) apply on a real PostgreSQL,
 * and every table they create is there ({@link TestPostgres}: a schema of its own; in CI its absence fails).
 */
class AllMigrationsOnPostgresTest {
    @TempDir Path dataDir;

    @Test
    void everyMigrationAppliesOnPostgres() throws Exception {
        try (TestPostgres.Schema schema = TestPostgres.freshSchema()) {
            List<String> h2Tables;
            try (Database h2 = Database.open(new StorageConfig("", "", ""), dataDir)) {
                h2Tables = tables(h2.connection(), "PUBLIC");
            }
            try (Database pg = Database.open(schema.config(), dataDir)) {
                assertEquals(h2Tables, tables(pg.connection(), schema.name()));
            }
        }
    }

    private static List<String> tables(Connection c, String schema) throws Exception {
        try (c; ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase());
            }
            names.sort(null);
            return names;
        }
    }
}
