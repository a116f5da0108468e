package org.doorman.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.doorman.cli.CliException;
import org.doorman.cli.client.ClientOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `doorman unlock --door 8001 --lock 1|2`: an operator opens a lock; exit 1 when it did not open. */
@Command(name = "unlock", mixinStandardHelpOptions = true,
        description = "Open lock 1 (local) or 2 (RS-485) of a door station, as an operator. Exits 1 when the lock"
                + " did not open (responding interval, busy, fault, no such door) and says why.")
public final class UnlockCommand implements Callable<Integer> {
    @Mixin ClientOptions client;
    @Option(names = "--door", required = true, paramLabel = "NUMBER", description = "the door station, e.g. 8001")
    String door;
    @Option(names = "--lock", required = true, paramLabel = "1|2", description = "1: local lock, 2: RS-485 lock")
    int lock;
    @Option(names = "--who", paramLabel = "NAME", description = "who asks, for the unlock log (default: your user name)")
    String who;
    @Option(names = "--json", description = "print the result as JSON") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (lock != 1 && lock != 2) {
            throw new CliException(CliException.REFUSED, "--lock must be 1 (local) or 2 (RS-485), got " + lock);
        }
        String name = who != null ? who : System.getProperty("user.name", "operator");
        JsonNode r = client.client().post("/api/doors/" + door + "/unlock",
                Map.of("lock", lock, "source", "OPERATOR", "who", name));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, r);
        }
        if (!r.path("opened").asBoolean()) {
            throw new CliException(CliException.REFUSED, "door " + door + " lock " + lock + " did not open: "
                    + r.path("result").asText() + (r.path("detail").asText().isEmpty() ? "" : " (" + r.path("detail").asText() + ")"));
        }
        if (!json) {
            out.println("door " + door + " lock " + lock + " opened");
        }
        return 0;
    }
}
