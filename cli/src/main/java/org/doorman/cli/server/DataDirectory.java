package org.doorman.cli.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The server's data directory (./data by default): database, admin token, the API address for local CLIs. */
public final class DataDirectory {
    public static final String URL_FILE = "management.url";

    private DataDirectory() {}

    public static Path prepare(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            Files.createDirectories(abs, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        if (!Files.isWritable(abs)) {
            throw new IOException("the data directory " + abs + " is not writable");
        }
        return abs;
    }

    /** Records where the management API listens, so a local `doorman status` finds a non-default port. */
    public static void writeUrl(Path dir, String url) throws IOException {
        Files.writeString(dir.resolve(URL_FILE), url + "\n");
    }
}
