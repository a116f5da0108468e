package org.doorman.registrar.storage;

import java.nio.file.Path;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storage contract on a real PostgreSQL server (storage.url = jdbc:postgresql:...), each test in a
 * schema of its own ({@link TestPostgres}: skipped without a server, a failure in CI).
 */
class PostgresStorageTest extends StorageContract {
    @TempDir Path dataDir;
    private TestPostgres.Schema schema;

    @Override
    protected Database open() throws Exception {
        schema = TestPostgres.freshSchema();
        return Database.open(schema.config(), dataDir);
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            schema.close();
        }
    }
}
