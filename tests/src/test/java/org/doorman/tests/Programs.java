package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Whether the real peers the end-to-end tests drive (sipp, baresip) are installed. */
final class Programs {
    private Programs() {}

    /**
     * Skips the calling test when the program is missing, or fails it under CI=true: CI installs every
     * peer (.ci/run), so a missing one there is a broken set-up, not a reason to test less.
     */
    static void require(String program, String debianPackage) {
        String why = program + " is not on the PATH (Debian: apt-get install " + debianPackage + ")";
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(onPath(program), why);
        }
        Assumptions.assumeTrue(onPath(program), why);
    }

    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }
}
