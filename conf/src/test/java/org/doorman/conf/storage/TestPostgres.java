package org.doorman.conf.storage;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.doorman.conf.StorageConfig;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the storage tests of every module run on: `.ci/run` starts one with
 * `.ci/postgres-start`, which sets DOORMAN_TEST_POSTGRES_URL/USER/PASSWORD. Without it a test is skipped
 * here and fails in CI (CI=true). Each test gets a schema of its own, dropped when it closes, because
 * the server is shared: by the modules' test runs and by builds of other checkouts on the machine.
 */
public final class TestPostgres {
    static final String URL = "DOORMAN_TEST_POSTGRES_URL";

    private TestPostgres() {
    }

    /** A fresh, empty schema; {@link #config()} points a Database at it (search path = this schema). */
    public static final class Schema implements AutoCloseable {
        private final String url;
        private final String user;
        private final String password;
        private final String name;

        private Schema(String url, String user, String password, String name) {
            this.url = url;
            this.user = user;
            this.password = password;
            this.name = name;
        }

        /** The schema's name, e.g. "t_3f2a…", as the server's catalogue spells it. */
        public String name() {
            return name;
        }

        /** storage.* for this schema alone. */
        public StorageConfig config() {
            return new StorageConfig(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name, user, password);
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        }
    }

    /**
     * Creates a schema of its own on the test server.
     *
     * @throws org.opentest4j.TestAbortedException when no server is configured (outside CI)
     */
    public static Schema freshSchema() throws SQLException {
        String url = System.getenv(URL);
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must run the PostgreSQL tests: " + URL + " is not set");
            }
            Assumptions.abort("no PostgreSQL: run `eval \"$(.ci/postgres-start)\"` to include these tests");
        }
        String user = envOrEmpty("DOORMAN_TEST_POSTGRES_USER");
        String password = envOrEmpty("DOORMAN_TEST_POSTGRES_PASSWORD");
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        return new Schema(url, user, password, name);
    }

    private static String envOrEmpty(String name) {
        String v = System.getenv(name);
        return v == null ? "" : v;
    }
}
