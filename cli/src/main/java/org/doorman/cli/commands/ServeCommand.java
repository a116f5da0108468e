package org.doorman.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.doorman.cli.CliException;
import org.doorman.cli.server.DataDirectory;
import org.doorman.cli.server.DoormanServer;
import org.doorman.conf.ConfigException;
import org.doorman.conf.ConfigLoader;
import org.doorman.conf.DoormanConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `doorman serve`: runs the server in the foreground until SIGTERM or Ctrl-C. */
@Command(name = "serve", description = "Run the doorman server in the foreground (stop with Ctrl-C or SIGTERM).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file (default: built-in defaults)")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "data directory: database, admin token (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override one configuration key, e.g. sip.udp-port=5070")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        DoormanConfig cfg;
        try {
            cfg = new ConfigLoader().load(config, overrides);
        } catch (ConfigException e) {
            throw new CliException(CliException.REFUSED, "configuration refused: " + e.getMessage());
        }
        Path dir = DataDirectory.prepare(data);
        DoormanServer server;
        try {
            server = DoormanServer.start(cfg, dir);
        } catch (Exception e) {
            throw new CliException(CliException.REFUSED, "cannot start: " + describe(e));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !sb.toString().contains(c.getMessage())) {
                sb.append(": ").append(c.getMessage());
            }
        }
        return sb.toString();
    }
}
