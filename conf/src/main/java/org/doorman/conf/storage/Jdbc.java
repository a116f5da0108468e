package org.doorman.conf.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs a unit of work in one transaction: committed when it returns, rolled back when it throws. */
public final class Jdbc {
    private final Database db;

    public Jdbc(Database db) {
        this.db = db;
    }

    /** Work that needs a connection and may fail with SQLException. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public <T> T inTransaction(Work<T> work) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("database error: " + e.getMessage(), e);
        }
    }
}
