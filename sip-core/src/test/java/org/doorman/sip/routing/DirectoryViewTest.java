package org.doorman.sip.routing;

import static org.doorman.sip.routing.Routes.NOON_UTC;
import static org.doorman.sip.routing.Routes.assertRefused;
import static org.doorman.sip.routing.Routes.assertRings;
import static org.doorman.sip.routing.Routes.rules;

import java.nio.file.Path;
import java.util.List;
import org.doorman.conf.StorageConfig;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.Jdbc;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live Directory (on embedded H2) plugged into the router through DirectoryView.of. */
class DirectoryViewTest {
    @TempDir Path dataDir;

    @Test
    void routerReadsTheRealDirectory() {
        try (Database db = Database.open(new StorageConfig("", "", ""), dataDir)) {
            Directory directory = new Directory(new DirectoryRepository(new Jdbc(db)), "doorman", "8000", "888888");
            directory.load();
            directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "secret-1"));
            directory.addAll(DeviceKind.VTH, List.of(DeviceSpec.of("9901", "secret-1"),
                    DeviceSpec.of("9901#2", "secret-1"), DeviceSpec.of("9901%231", "secret-1")));
            directory.add(DeviceKind.VTS, DeviceSpec.of("888001", "secret-1"));
            CallRouter router = new CallRouter(DirectoryView.of(directory), rules());

            assertRings(router.route("8001", "9901", NOON_UTC), CallKind.ROOM, "9901", "9901#1", "9901#2");
            assertRings(router.route("9901%232", "%231", NOON_UTC), CallKind.EXTENSION, "9901#1");
            assertRings(router.route("9901", "888888", NOON_UTC), CallKind.CENTRE, "888001");
            assertRefused(router.route("9901", "8000", NOON_UTC), Refusals.SERVER_NUMBER);
        }
    }
}
