package org.doorman.tests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * One call of {@code scenario} as user {@code service} (the URI user part, e.g. {@code 9901%231}),
     * authenticating as {@code authUser} with {@code password}, from 127.0.0.1:{@code localPort}.
     */
    static Result call(Path workDir, String scenario, int serverPort, int localPort,
                       String service, String authUser, String password, String... extra)
            throws IOException, InterruptedException {
        return start(workDir, scenario, Map.of(), serverPort, localPort, service, authUser, password, extra).await();
    }

    /** A sipp run in the background (an answering device), to be awaited once the caller has finished. */
    record Running(Process process, List<String> command, Path dir, Path out) {
        /** Everything sipp traced for this run (its -trace_msg log). */
        String trace() throws IOException {
            StringBuilder all = new StringBuilder();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().contains("_" + process.pid() + "_messages"))
                        .toList()) {
                    all.append(Files.readString(f, StandardCharsets.ISO_8859_1));
                }
            }
            return all.toString();
        }

        Result await() throws IOException, InterruptedException {
            if (!process.waitFor(PROCESS_DEADLINE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                return new Result(-100, "sipp still running after " + PROCESS_DEADLINE_SECONDS + " s: " + command);
            }
            return new Result(process.exitValue(), report(command, dir, process.pid(), out));
        }
    }

    /**
     * Starts one call of {@code scenario}, with {@code NAME} placeholders in it replaced from
     * {@code substitutions}; a UAS scenario (no service) waits for the server to call it.
     */
    static Running start(Path workDir, String scenario, Map<String, String> substitutions, int serverPort,
                         int localPort, String service, String authUser, String password, String... extra)
            throws IOException {
        Path dir = Files.createDirectories(workDir.resolve("sipp"));
        String text;
        try (InputStream in = Sipp.class.getResourceAsStream("/sipp/" + scenario)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario /sipp/" + scenario + " on the test classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        for (Map.Entry<String, String> s : substitutions.entrySet()) {
            text = text.replace(s.getKey(), s.getValue());
        }
        Path xml = dir.resolve(Path.of(scenario).getFileName().toString().replace(".xml.in", "").replace(".xml", "") + "-" + localPort + ".xml");
        Files.writeString(xml, text, StandardCharsets.ISO_8859_1);
        List<String> command = new ArrayList<>(List.of("sipp"));
        if (service != null) {
            command.addAll(List.of("127.0.0.1:" + serverPort, "-s", service, "-au", authUser, "-ap", password));
        }
        command.addAll(List.of("-sf", xml.toString(), "-i", "127.0.0.1", "-bind_local", "-p", Integer.toString(localPort),
                "-m", "1", "-timeout", "20s", "-timeout_error", "-nostdin", "-trace_err", "-trace_msg"));
        command.addAll(List.of(extra));
        Path out = dir.resolve("sipp-" + localPort + "-" + System.nanoTime() + ".out");
        Process sipp = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        return new Running(sipp, command, dir, out);
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
