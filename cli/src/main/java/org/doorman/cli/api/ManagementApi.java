package org.doorman.cli.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.doorman.registrar.directory.DirectoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-over-HTTP management API every CLI subcommand talks to. Every path but /api/health and
 * /api/token needs the admin token as "Authorization: Bearer TOKEN".
 */
public final class ManagementApi implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ManagementApi.class);
    private static final Set<String> OPEN = Set.of("health", "token");

    private final HttpServer server;
    private final ExecutorService workers;
    private final Map<String, Route> routes;
    private final byte[] token;

    public ManagementApi(String address, int port, String token, Map<String, Route> routes) throws IOException {
        this.routes = Map.copyOf(routes);
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(new InetSocketAddress(address, port), 64);
        this.workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "management-api");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/api/", this::handle);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange http) {
        String[] path = http.getRequestURI().getRawPath().substring("/api/".length()).split("/");
        Exchange exchange = new Exchange(http, path);
        try {
            Route route = routes.get(path[0]);
            if (route == null) {
                throw new ApiException(404, null, "no such API path: " + http.getRequestURI().getPath());
            }
            if (!OPEN.contains(path[0]) && !authorized(exchange.header("Authorization"))) {
                throw new ApiException(401, null, "missing or wrong admin token");
            }
            route.serve(exchange);
        } catch (ApiException e) {
            reply(exchange, e.status(), e.field(), e.getMessage());
        } catch (DirectoryException e) {
            reply(exchange, statusOf(e.reason()), e.field(), e.getMessage());
        } catch (Exception e) {
            log.warn("management API {} {} failed", http.getRequestMethod(), http.getRequestURI(), e);
            reply(exchange, 500, null, "internal error: " + e.getMessage());
        } finally {
            http.close();
        }
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring(7).trim().getBytes(StandardCharsets.UTF_8));
    }

    private static int statusOf(DirectoryException.Reason reason) {
        return switch (reason) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
        };
    }

    private static void reply(Exchange exchange, int status, String field, String message) {
        try {
            exchange.send(status, field == null ? Map.of("error", message) : Map.of("error", message, "field", field));
        } catch (IOException e) {
            log.debug("could not answer the management client: {}", e.toString());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
