package org.doorman.lock.attendance.report;

import java.nio.file.Path;
import org.doorman.lock.support.TestDb;

/** AttendanceReportsTest's tests (the monthly record and report) on PostgreSQL, in a schema of their own. */
class AttendanceReportsOnPostgresTest extends AttendanceReportsTest {
    @Override
    TestDb openDb(Path dir) throws Exception {
        return TestDb.postgres(dir);
    }
}
