package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged doorman server run as a real process on loopback ports, with its data (and log) under
 * {@code tests/target/e2e/}, so a failing run leaves something to read. Closing it sends SIGTERM.
 */
final class DoormanServer implements AutoCloseable {
    private static final Duration START_DEADLINE = Duration.ofSeconds(90);
    private static final Duration STOP_DEADLINE = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final ObjectMapper JSON = new ObjectMapper();

    final int sipPort;
    final int tlsPort;
    final Path directory;
    private final Process process;
    private final Path log;
    private final URI api;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private DoormanServer(Process process, Path directory, Path log, int sipPort, int tlsPort, int managementPort,
                          String token) {
        this.process = process;
        this.directory = directory;
        this.log = log;
        this.sipPort = sipPort;
        this.tlsPort = tlsPort;
        this.api = URI.create("http://127.0.0.1:" + managementPort);
        this.token = token;
    }

    /** Starts the server with extra {@code --set key=value} settings and waits until /api/health answers. */
    static DoormanServer start(String name, String... settings) throws IOException, InterruptedException {
        Path dir = Path.of("target", "e2e", name + "-" + DateTimeFormatter.ofPattern("HHmmss-SSS")
                .format(java.time.LocalTime.now())).toAbsolutePath();
        return startIn(dir, settings);
    }

    /** Starts the server on an existing (or new) directory, e.g. again after it was killed. */
    static DoormanServer startIn(Path dir, String... settings) throws IOException, InterruptedException {
        Path jar = jar();
        if (!Files.isRegularFile(jar)) {
            fail(jar + " does not exist: these tests run the packaged server; build it with `mvn -B package`"
                    + " (or `mvn -B verify`) from the repository root rather than `mvn test`");
        }
        Files.createDirectories(dir);
        int sip = LoopbackPorts.freeTcpAndUdp();
        int management = LoopbackPorts.freeTcpAndUdp();
        int tls = LoopbackPorts.freeTcpAndUdp();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString(), "serve",
                "--data", dir.resolve("data").toString(),
                "--set", "sip.address=127.0.0.1",
                "--set", "sip.udp-port=" + sip,
                "--set", "sip.tcp-port=" + sip,
                "--set", "sip.tls-port=" + tls,
                "--set", "management.port=" + management));
        for (String s : settings) {
            command.add("--set");
            command.add(s);
        }
        Path log = dir.resolve("doorman-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // A test JVM that ends without closing a server (a crash, a forgotten close) must not leave it running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-doorman-" + process.pid()));
        try {
            awaitHealthy(process, log, URI.create("http://127.0.0.1:" + management + "/api/health"));
            String token = Files.readString(dir.resolve("data").resolve("admin.token")).trim();
            return new DoormanServer(process, dir, log, sip, tls, management, token);
        } catch (IOException | InterruptedException | AssertionError | RuntimeException e) {
            stop(process);
            throw e;
        }
    }

    private static void awaitHealthy(Process process, Path log, URI health) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("doorman exited with " + process.exitValue() + " while starting; log " + log + ":\n" + tail(log));
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the management port is not open yet
            }
            // Returns at once if the process dies, so a crash is reported without waiting out the deadline.
            process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
        fail("doorman not healthy within " + START_DEADLINE.toSeconds() + " s; log " + log + ":\n" + tail(log));
    }

    /** Adds devices of one kind in one all-or-nothing request, e.g. {@code addDevices("vth", "9901", "Secret123")}. */
    void addDevices(String kind, String... numberPasswordPairs) throws IOException, InterruptedException {
        var body = JSON.createArrayNode();
        for (int i = 0; i < numberPasswordPairs.length; i += 2) {
            body.addObject().put("number", numberPasswordPairs[i]).put("password", numberPasswordPairs[i + 1]);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve("/api/directory/" + kind))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        if (response.statusCode() != 201) {
            fail("POST /api/directory/" + kind + " " + body + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** GETs an API path and returns its JSON (fails the test on an error status). */
    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve(path)).GET());
        if (response.statusCode() != 200) {
            fail("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    JsonNode status() throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve("/api/status")).GET());
        if (response.statusCode() != 200) {
            fail("GET /api/status answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    Optional<JsonNode> device(String number) throws IOException, InterruptedException {
        for (JsonNode d : status().path("devices")) {
            if (number.equals(d.path("number").asText())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Waits until the device's status entry satisfies the condition; fails with the last entry seen. */
    JsonNode awaitDevice(String number, String what, Predicate<JsonNode> condition)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        Optional<JsonNode> last;
        do {
            last = device(number);
            if (last.isPresent() && condition.test(last.get())) {
                return last.get();
            }
            process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS);
        } while (Instant.now().isBefore(deadline) && process.isAlive());
        return fail("device " + number + " never became " + what + " in /api/status; last entry: "
                + last.map(JsonNode::toString).orElse("(absent)"));
    }

    /** As {@link #await(String, String, Predicate, Duration)}, for up to 10 s. */
    JsonNode await(String path, String what, Predicate<JsonNode> condition) throws IOException, InterruptedException {
        return await(path, what, condition, Duration.ofSeconds(10));
    }

    /** Polls an API path until its JSON satisfies the condition; fails with the last answer seen. */
    JsonNode await(String path, String what, Predicate<JsonNode> condition, Duration within)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(within);
        JsonNode last;
        do {
            last = get(path);
            if (condition.test(last)) {
                return last;
            }
            process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS);
        } while (Instant.now().isBefore(deadline) && process.isAlive());
        return fail(path + " never showed " + what + " within " + within.toSeconds() + " s; last answer: " + last);
    }

    /**
     * Runs the packaged CLI against this server (`doorman ARGS --data DIR`, which finds the server's URL and
     * admin token there) and returns what it printed as JSON; fails the test on a non-zero exit.
     */
    JsonNode cliJson(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data", directory.resolve("data").toString()));
        Path out = directory.resolve("cli-" + System.nanoTime() + ".out");
        Path err = directory.resolve("cli-" + System.nanoTime() + ".err");
        Process cli = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!cli.waitFor(START_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            cli.destroyForcibly();
            fail(command + " did not finish within " + START_DEADLINE.toSeconds() + " s");
        }
        if (cli.exitValue() != 0) {
            fail(command + " exited with " + cli.exitValue() + ": " + Files.readString(err));
        }
        return JSON.readTree(Files.readString(out));
    }

    /** Waits one polling interval for something the server does asynchronously; returns at once if it died. */
    void pollInterval() throws InterruptedException {
        process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    String logTail() {
        return tail(log);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: no shutdown hook runs, nothing gets flushed on the way out. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(STOP_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** POSTs a JSON body and returns the JSON answer (fails the test on an error status). */
    JsonNode postJson(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        if (response.statusCode() != 200) {
            fail("POST " + path + " " + json + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** POSTs a JSON body and returns the status code (no check), so a test can act the moment it is answered. */
    int post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(api.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(json)))
                .statusCode();
    }

    /** PUTs a JSON body and returns the status code (no check). */
    int put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(api.resolve(path)).PUT(HttpRequest.BodyPublishers.ofString(json)))
                .statusCode();
    }

    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy(); // SIGTERM: the server's own clean shutdown
        try {
            if (!process.waitFor(STOP_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path jar() {
        return Path.of(System.getProperty("doorman.jar", "../cli/target/doorman.jar")).toAbsolutePath().normalize();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
