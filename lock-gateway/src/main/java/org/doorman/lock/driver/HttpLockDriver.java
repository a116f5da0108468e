package org.doorman.lock.driver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * A lock the door station opens itself, through its HTTP API (Dahua style):
 * {@code GET /cgi-bin/accessControl.cgi?action=openDoor&channel=N} to open and {@code action=closeDoor} to
 * lock again, answered "OK". Digest authentication (MD5 or SHA-256) is answered, Basic too for old
 * firmware; without a user no credentials are sent. A station without closeDoor relocks by itself after
 * its own unlock period: with {@code closeDoor} false, {@link #lock()} sends nothing.
 */
public final class HttpLockDriver implements LockDriver {
    private static final String PATH = "/cgi-bin/accessControl.cgi?action=%s&channel=%d";
    private final HttpClient http;
    private final URI base;
    private final int channel;
    private final String user;
    private final String password;
    private final Duration timeout;
    private final boolean closeDoor;

    public HttpLockDriver(String baseUrl, int channel, String user, String password, Duration timeout,
                          boolean closeDoor) {
        this.closeDoor = closeDoor;
        String trimmed = baseUrl.strip();
        this.base = URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
        this.channel = channel;
        this.user = user;
        this.password = password;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void unlock() throws DriverException {
        call("openDoor");
    }

    @Override
    public void lock() throws DriverException {
        if (closeDoor) {
            call("closeDoor");
        }
    }

    private void call(String action) throws DriverException {
        String pathAndQuery = String.format(Locale.ROOT, PATH, action, channel);
        URI uri = URI.create(base + pathAndQuery);
        HttpResponse<String> response = send(uri, null);
        if (response.statusCode() == 401 && !user.isEmpty()) {
            response = send(uri, answer(response, uri.getRawPath() + "?" + uri.getRawQuery()));
        }
        String body = response.body() == null ? "" : response.body().strip();
        if (response.statusCode() != 200 || body.toLowerCase(Locale.ROOT).startsWith("error")) {
            throw new DriverException(base.getHost() + " " + action + " channel " + channel + ": HTTP "
                    + response.statusCode() + (body.isEmpty() ? "" : " " + abbreviate(body)));
        }
    }

    private String answer(HttpResponse<String> challenge, String uri) throws DriverException {
        var headers = challenge.headers().allValues("WWW-Authenticate");
        Optional<DigestChallenge> digest = DigestChallenge.from(headers);
        if (digest.isPresent()) {
            return digest.get().authorization(user, password, "GET", uri);
        }
        if (headers.stream().anyMatch(h -> h.strip().regionMatches(true, 0, "Basic", 0, 5))) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
        throw new DriverException(base.getHost() + " asks for an authentication doorman does not speak: " + headers);
    }

    private HttpResponse<String> send(URI uri, String authorization) throws DriverException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DriverException(base.getHost() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriverException(base.getHost() + ": interrupted");
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }

    @Override
    public String kind() {
        return "http";
    }

    @Override
    public String description() {
        return "http " + base + " channel " + channel;
    }
}
