package org.doorman.registrar.storage;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.doorman.conf.StorageConfig;
import org.doorman.conf.storage.Database;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storage contract on a real PostgreSQL server (storage.url = jdbc:postgresql:...). `.ci/run`
 * starts one with `.ci/postgres-start` and sets DOORMAN_TEST_POSTGRES_*; in CI a missing server is
 * a failure, not a skip.
 */
class PostgresStorageTest extends StorageContract {
    @TempDir Path dataDir;

    @Override
    protected Database open() throws Exception {
        String url = System.getenv("DOORMAN_TEST_POSTGRES_URL");
        if (url == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must run the PostgreSQL storage tests: DOORMAN_TEST_POSTGRES_URL is not set");
            }
            Assumptions.abort("no PostgreSQL: run `eval \"$(.ci/postgres-start)\"` to include these tests");
        }
        String user = System.getenv("DOORMAN_TEST_POSTGRES_USER");
        String password = System.getenv("DOORMAN_TEST_POSTGRES_PASSWORD");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return Database.open(new StorageConfig(url, user, password), dataDir);
    }
}
