package org.doorman.lock.people;

import java.nio.file.Path;
import org.doorman.lock.support.TestDb;

/** PeopleTest's tests (people and their cards) on PostgreSQL, in a schema of their own. */
class PeopleOnPostgresTest extends PeopleTest {
    @Override
    TestDb openDb(Path dir) throws Exception {
        return TestDb.postgres(dir);
    }
}
