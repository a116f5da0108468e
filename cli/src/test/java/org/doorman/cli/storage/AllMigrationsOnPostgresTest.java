package org.doorman.cli.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.doorman.conf.StorageConfig;
import org.doorman.conf.storage.Database;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every module's migrations (the cli sees them all on its classpath) apply on a real PostgreSQL,
 * and every table they create is there. `.ci/run` provides the server; in CI its absence fails.
 */
class AllMigrationsOnPostgresTest {
    @TempDir Path dataDir;

    @Test
    void everyMigrationAppliesOnPostgres() throws Exception {
        String url = System.getenv("DOORMAN_TEST_POSTGRES_URL");
        if (url == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must run the PostgreSQL tests: DOORMAN_TEST_POSTGRES_URL is not set");
            }
            Assumptions.abort("no PostgreSQL: run `eval \"$(.ci/postgres-start)\"` to include this test");
        }
        String user = System.getenv("DOORMAN_TEST_POSTGRES_USER");
        String password = System.getenv("DOORMAN_TEST_POSTGRES_PASSWORD");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        List<String> h2Tables;
        try (Database h2 = Database.open(new StorageConfig("", "", ""), dataDir)) {
            h2Tables = tables(h2.connection(), "PUBLIC");
        }
        try (Database pg = Database.open(new StorageConfig(url, user, password), dataDir)) {
            assertEquals(h2Tables, tables(pg.connection(), "public"));
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
