package org.doorman.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.doorman.cli.server.DoormanServer;
import org.doorman.conf.ConfigLoader;

/** Runs the doorman command in this JVM against the server whose data directory is `data`, keeping what it printed. */
final class CliRunner {
    /** What one CLI run printed and returned. */
    record Run(int exit, String out, String err) {}

    private final Path data;

    CliRunner(Path data) {
        this.data = data;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        int exit = cmd.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A server on free loopback ports (SIP and management API) with its data in `data`. */
    static DoormanServer startServer(Path data) throws Exception {
        int sip = freePort();
        return DoormanServer.start(new ConfigLoader().load(null, List.of("sip.address=127.0.0.1",
                "sip.udp-port=" + sip, "sip.tcp-port=" + sip, "sip.tls-port=" + freePort(),
                "management.port=" + freePort())), data);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
