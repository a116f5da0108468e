package org.doorman.lock.attendance.store;

import java.nio.file.Path;
import org.doorman.lock.support.TestDb;

/** ClockEventServiceTest's tests (clock events) on PostgreSQL, in a schema of their own. */
class ClockEventServiceOnPostgresTest extends ClockEventServiceTest {
    @Override
    TestDb openDb(Path dir) throws Exception {
        return TestDb.postgres(dir);
    }
}
