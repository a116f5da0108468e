package org.doorman.lock.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP driver against a small door-station stand-in that demands digest authentication. */
class HttpLockDriverTest {
    private static final String REALM = "Login to 8001";
    private static final String NONCE = "4b1c3d5e7f";
    private HttpServer server;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private String answer = "OK";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/cgi-bin/accessControl.cgi", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String uri = ex.getRequestURI().toString();
        if (auth == null || !validDigest(auth, uri)) {
            ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            ex.getResponseHeaders().add("WWW-Authenticate", "Digest realm=\"" + REALM + "\", qop=\"auth\", nonce=\""
                    + NONCE + "\", opaque=\"op\"");
            ex.sendResponseHeaders(401, -1);
            ex.close();
            return;
        }
        opened.add(ex.getRequestURI().getQuery());
        byte[] body = (answer + "\r\n").getBytes(StandardCharsets.US_ASCII);
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    /** The server's side of digest, written out independently of the driver's. */
    private static boolean validDigest(String header, String uri) {
        if (!header.startsWith("Digest ")) {
            return false;
        }
        Map<String, String> p = DigestChallenge.params(header.substring(7));
        String ha1 = md5(p.get("username") + ":" + REALM + ":" + "Door#8001");
        String ha2 = md5("GET:" + uri);
        String expected = md5(ha1 + ":" + NONCE + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
        return "admin".equals(p.get("username")) && uri.equals(p.get("uri")) && expected.equals(p.get("response"))
                && "op".equals(p.get("opaque"));
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpLockDriver driver(int channel, String password) {
        return new HttpLockDriver("http://127.0.0.1:" + server.getAddress().getPort() + "/", channel, "admin", password,
                Duration.ofSeconds(5), true);
    }

    @Test
    void opensAndClosesTheDoorChannelWithDigestAuthentication() throws Exception {
        HttpLockDriver driver = driver(2, "Door#8001");
        driver.unlock();
        driver.lock();
        assertEquals(List.of("action=openDoor&channel=2", "action=closeDoor&channel=2"), opened);
        assertTrue(driver.description().contains("channel 2"));
    }

    @Test
    void aStationThatRelocksByItselfGetsNoCloseDoor() throws Exception {
        HttpLockDriver driver = new HttpLockDriver("http://127.0.0.1:" + server.getAddress().getPort(), 1, "admin",
                "Door#8001", Duration.ofSeconds(5), false);
        driver.unlock();
        driver.lock();
        assertEquals(List.of("action=openDoor&channel=1"), opened);
    }

    @Test
    void aWrongPasswordIsAFailureNamingTheStatus() {
        DriverException e = assertThrows(DriverException.class, () -> driver(1, "wrong").unlock());
        assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
        assertTrue(opened.isEmpty());
    }

    @Test
    void anErrorAnswerIsAFailure() {
        answer = "Error\r\nBad Request!";
        DriverException e = assertThrows(DriverException.class, () -> driver(1, "Door#8001").unlock());
        assertTrue(e.getMessage().contains("Error"), e.getMessage());
    }

    @Test
    void aStationThatIsNotThereIsAFailure() {
        int port = server.getAddress().getPort();
        server.stop(0);
        HttpLockDriver driver = new HttpLockDriver("http://127.0.0.1:" + port, 1, "admin", "x", Duration.ofMillis(500), true);
        assertThrows(DriverException.class, driver::unlock);
    }
}
