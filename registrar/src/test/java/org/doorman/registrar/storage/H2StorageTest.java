package org.doorman.registrar.storage;

import java.nio.file.Path;
import org.doorman.conf.StorageConfig;
import org.doorman.conf.storage.Database;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on the embedded default. */
class H2StorageTest extends StorageContract {
    @TempDir Path dataDir;

    @Override
    protected Database open() {
        return Database.open(new StorageConfig("", "", ""), dataDir);
    }
}
