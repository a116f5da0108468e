package org.doorman.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One API request: its JSON body in, a JSON document out. Bodies are capped so a client cannot exhaust memory. */
public final class Exchange {
    public static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    static final int MAX_BODY = 8 << 20;

    private final HttpExchange http;
    private final String[] path;

    Exchange(HttpExchange http, String[] path) {
        this.http = http;
        this.path = path;
    }

    public String method() {
        return http.getRequestMethod();
    }

    /** The decoded path segment after /api/, e.g. segment(1) of /api/directory/vth is "vth". */
    public String segment(int index) {
        return index < path.length ? URLDecoder.decode(path[index], StandardCharsets.UTF_8) : null;
    }

    public int segments() {
        return path.length;
    }

    public Map<String, String> query() {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = http.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                q.put(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    public JsonNode body() throws IOException {
        try (InputStream in = http.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new ApiException(413, null, "request body larger than " + MAX_BODY + " bytes");
            }
            if (bytes.length == 0) {
                throw new ApiException(400, null, "a JSON body is required");
            }
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new ApiException(400, null, "the body is not valid JSON: " + e.getMessage());
            }
        }
    }

    public <T> T body(Class<T> type) throws IOException {
        JsonNode node = body();
        try {
            return JSON.treeToValue(node, type);
        } catch (IOException e) {
            throw new ApiException(400, null, "the body does not have the expected fields: " + e.getMessage());
        }
    }

    public void send(int status, Object document) throws IOException {
        byte[] bytes = document == null ? new byte[0] : JSON.writeValueAsBytes(document);
        http.getResponseHeaders().set("Content-Type", "application/json");
        http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    public String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    public String remoteAddress() {
        return http.getRemoteAddress().getAddress().getHostAddress();
    }
}
