package org.doorman.cli.api;

import java.util.Map;

/** /api/health: answers once the server is up; needs no token, so scripts can wait for startup. */
public final class HealthRoute implements Route {
    private final String version;

    public HealthRoute(String version) {
        this.version = version;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        ex.send(200, Map.of("status", "ok", "version", version));
    }
}
