package org.doorman.cli.api;

/** Serves the API paths under one first segment, e.g. /api/directory/... */
public interface Route {
    void serve(Exchange exchange) throws Exception;
}
