package org.doorman.lock.attendance.store;

import java.nio.file.Path;
import org.doorman.lock.support.TestDb;

/** AttendanceSetupTest's tests (departments, shifts, schedules and clock settings) on PostgreSQL, in a schema of their own. */
class AttendanceSetupOnPostgresTest extends AttendanceSetupTest {
    @Override
    TestDb openDb(Path dir) throws Exception {
        return TestDb.postgres(dir);
    }
}
