package org.doorman.cli.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The management API's admin token in DATA/admin.token, readable by its owner only: local CLI use
 * reads it, so the operator on the box needs no password. Kept across restarts so remote scripts
 * holding it keep working.
 */
public final class AdminToken {
    public static final String FILE = "admin.token";

    private AdminToken() {}

    public static String loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            String token = Files.readString(file).trim();
            if (token.length() >= 32) {
                return token;
            }
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Path tmp = dataDir.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, token + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return token;
    }

    public static String read(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve(FILE)).trim();
    }
}
