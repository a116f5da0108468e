package org.doorman.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doorman.cli.server.DataDirectory;
import org.doorman.cli.server.DoormanServer;
import org.doorman.conf.ConfigLoader;
import org.doorman.conf.DoormanConfig;
import picocli.CommandLine;

/** A real DoormanServer on free loopback ports in a temp data directory, and the CLI run against it in-JVM. */
final class CliHarness implements AutoCloseable {
    final Path data;
    final DoormanServer server;

    /** What one CLI run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    CliHarness(Path dir) throws Exception {
        data = DataDirectory.prepare(dir.resolve("data"));
        List<String> sets = new ArrayList<>(List.of("sip.address=127.0.0.1", "management.address=127.0.0.1"));
        int sip = freePort();
        sets.addAll(List.of("sip.udp-port=" + sip, "sip.tcp-port=" + sip, "sip.tls-port=" + freePort(),
                "management.port=" + freePort()));
        DoormanConfig config = new ConfigLoader().load(null, sets);
        server = DoormanServer.start(config, data);
    }

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (args.length > 1 && !List.of(args).contains("--server")) {
            all.add("--data");
            all.add(data.toString());
        }
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
