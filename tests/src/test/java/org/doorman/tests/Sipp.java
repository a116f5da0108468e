package org.doorman.tests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs sipp, the SIP traffic generator, as a separate process: one call of one scenario from
 * {@code src/test/resources/sipp/} against a loopback server. Exit code 0 means the call went
 * exactly as the scenario expects; anything else comes back with sipp's error and message logs.
 */
final class Sipp {
    /** sipp's own limit is -timeout 20s; this only guards against a sipp that hangs. */
    private static final long PROCESS_DEADLINE_SECONDS = 40;

    record Result(int exitCode, String report) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private Sipp() {}

    static boolean onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "sipp")));
    }

    /**
     * One call of {@code scenario} as user {@code service} (the URI user part, e.g. {@code 9901%231}),
     * authenticating as {@code authUser} with {@code password}, from 127.0.0.1:{@code localPort}.
     */
    static Result call(Path workDir, String scenario, int serverPort, int localPort,
                       String service, String authUser, String password) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(workDir.resolve("sipp"));
        Path xml = dir.resolve(scenario);
        try (InputStream in = Sipp.class.getResourceAsStream("/sipp/" + scenario)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario /sipp/" + scenario + " on the test classpath");
            }
            Files.copy(in, xml, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of("sipp", "127.0.0.1:" + serverPort,
                "-sf", xml.toString(), "-i", "127.0.0.1", "-bind_local", "-p", Integer.toString(localPort),
                "-s", service, "-au", authUser, "-ap", password,
                "-m", "1", "-timeout", "20s", "-timeout_error", "-nostdin", "-default_behaviors", "all,-bye",
                "-trace_err", "-trace_msg"));
        Path out = dir.resolve("sipp-" + localPort + "-" + System.nanoTime() + ".out");
        Process sipp = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!sipp.waitFor(PROCESS_DEADLINE_SECONDS, TimeUnit.SECONDS)) {
            sipp.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            return new Result(-100, "sipp still running after " + PROCESS_DEADLINE_SECONDS + " s: " + command);
        }
        return new Result(sipp.exitValue(), report(command, dir, sipp.pid(), out));
    }

    /** The command, sipp's console output and its per-run error and message logs (named after scenario and pid). */
    private static String report(List<String> command, Path dir, long pid, Path out) throws IOException {
        StringBuilder s = new StringBuilder(String.join(" ", command)).append('\n');
        List<String> console = Files.readString(out).replaceAll("\u001B\\[[0-9;]*[A-Za-z]", "").strip().lines().toList();
        s.append(String.join("\n", console.subList(Math.max(0, console.size() - 30), console.size()))).append('\n');
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().contains("_" + pid + "_")).sorted().toList()) {
                s.append("--- ").append(log.getFileName()).append('\n').append(Files.readString(log)).append('\n');
            }
        }
        return s.toString();
    }
}
