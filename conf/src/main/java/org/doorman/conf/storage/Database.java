package org.doorman.conf.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import org.doorman.conf.StorageConfig;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The data source (embedded H2 by default, PostgreSQL by JDBC URL) with the schema migrated.
 *
 * <p>Durability: the embedded H2 database is opened with WRITE_DELAY=0, so every commit is written
 * to the database file before the statement returns. A write the server has acknowledged therefore
 * survives the process being killed (kill -9); it is not fsync'd, so a power cut can still lose the
 * last second or so, as with most embedded stores.
 */
public final class Database implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 16;
    private final JdbcConnectionPool pool;
    private final String description;

    private Database(JdbcConnectionPool pool, String description) {
        this.pool = pool;
        this.description = description;
    }

    /** Opens the configured database and applies every pending migration. */
    public static Database open(StorageConfig storage, Path dataDir) {
        String url = storage.embedded() ? embeddedUrl(dataDir) : storage.url();
        ConnectionPoolDataSource source = url.startsWith("jdbc:postgresql:")
                ? postgres(url, storage.user(), storage.password())
                : h2(url, storage.user(), storage.password());
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        Database db = new Database(pool, redact(url));
        try {
            db.migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StorageException("cannot open the database " + db.description + ": " + rootMessage(e), e);
        }
        return db;
    }

    public static String embeddedUrl(Path dataDir) {
        // DB_CLOSE_ON_EXIT=FALSE: doorman closes the database itself, after SIP has stopped, so a
        // request still in flight during shutdown never meets a closed database.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("doorman") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .outOfOrder(true) // each module owns a version range; a later module's schema may predate another's
                .load()
                .migrate();
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.dispose();
    }

    private static ConnectionPoolDataSource h2(String url, String user, String password) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    private static ConnectionPoolDataSource postgres(String url, String user, String password) {
        PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
        ds.setURL(url);
        if (!user.isEmpty()) {
            ds.setUser(user);
        }
        if (!password.isEmpty()) {
            ds.setPassword(password);
        }
        return ds;
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
