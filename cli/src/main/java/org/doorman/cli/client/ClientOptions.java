package org.doorman.cli.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorman.cli.CliException;
import org.doorman.cli.server.AdminToken;
import org.doorman.cli.server.DataDirectory;
import picocli.CommandLine.Option;

/** Where the management API is and how to authenticate: local use reads both from the data directory. */
public final class ClientOptions {
    public static final String DEFAULT_URL = "http://127.0.0.1:8088";

    @Option(names = "--server", paramLabel = "URL", description = "management API URL (default: the local server's)")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "admin token for remote use (default: DATA/admin.token)")
    String token;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "the local server's data directory (default: ${DEFAULT-VALUE})")
    Path data;

    public ApiClient client() {
        return new ApiClient(serverUrl(), tokenValue());
    }

    String serverUrl() {
        if (server != null) {
            return server.replaceAll("/+$", "");
        }
        Path urlFile = data.resolve(DataDirectory.URL_FILE);
        try {
            if (Files.isReadable(urlFile)) {
                return Files.readString(urlFile).trim();
            }
        } catch (IOException e) {
            // fall back to the default address
        }
        return DEFAULT_URL;
    }

    private String tokenValue() {
        if (token != null) {
            return token;
        }
        try {
            return AdminToken.read(data);
        } catch (IOException e) {
            throw new CliException(CliException.REFUSED, "no admin token in " + data.toAbsolutePath().resolve(
                    AdminToken.FILE) + ": run this on the server's machine (with --data DIR if it is not ./data),"
                    + " or pass --server URL --token TOKEN");
        }
    }
}
