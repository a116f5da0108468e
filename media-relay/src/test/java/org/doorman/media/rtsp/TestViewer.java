package org.doorman.media.rtsp;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.doorman.media.rtsp.auth.AuthHeader;
import org.doorman.media.rtsp.auth.Digest;

/**
 * A minimal RTSP viewer for tests over a plain socket: sends requests, answers digest challenges with
 * its password, and after PLAY counts the interleaved frames it reads (unless told not to read at all).
 */
final class TestViewer implements AutoCloseable {
    private final Socket socket = new Socket();
    private final DataInputStream in;
    private final OutputStream out;
    private final String user;
    private final String password;
    private final AtomicLong frames = new AtomicLong();
    private final Set<Integer> channels = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closedByServer = new AtomicBoolean();
    private int cseq;
    private String authorization;
    private String session;

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    TestViewer(InetSocketAddress relay, String user, String password, int receiveBuffer) throws IOException {
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(relay, 5000);
        socket.setSoTimeout(10_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        this.user = user;
        this.password = password;
    }

    TestViewer(InetSocketAddress relay, String user, String password) throws IOException {
        this(relay, user, password, 0);
    }

    /** Sends a request (answering one 401 with digest credentials) and returns the final response. */
    Response request(String method, String uri, String... headers) throws IOException {
        Response r = send(method, uri, headers);
        if (r.status() == 401 && password != null) {
            AuthHeader challenge = AuthHeader.parse(r.header("WWW-Authenticate"));
            String realm = challenge.param("realm");
            String nonce = challenge.param("nonce");
            String response = Digest.response(Digest.ha1(user, realm, password), nonce, method, uri, null, null, null);
            authorization = "Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + nonce
                    + "\", uri=\"" + uri + "\", response=\"" + response + "\"";
            r = send(method, uri, headers);
        }
        if (r.header("Session") != null) {
            session = r.header("Session").split(";")[0];
        }
        return r;
    }

    /** DESCRIBE, SETUP of track 0 with the transport, PLAY: the usual start of watching. */
    Response watch(String doorUrl, String transport) throws IOException {
        Response d = request("DESCRIBE", doorUrl, "Accept: application/sdp");
        if (d.status() != 200) {
            return d;
        }
        Response s = request("SETUP", doorUrl + "/trackID=0", "Transport: " + transport);
        if (s.status() != 200) {
            return s;
        }
        return request("PLAY", doorUrl + "/", "Session: " + session);
    }

    private Response send(String method, String uri, String... headers) throws IOException {
        StringBuilder text = new StringBuilder(method).append(' ').append(uri).append(" RTSP/1.0\r\nCSeq: ")
                .append(++cseq).append("\r\n");
        if (authorization != null) {
            text.append("Authorization: ").append(authorization).append("\r\n");
        }
        for (String h : headers) {
            text.append(h).append("\r\n");
        }
        out.write(text.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return readResponse();
    }

    private Response readResponse() throws IOException {
        while (true) {
            int first = in.readUnsignedByte();
            if (first == '$') {
                skipFrame();
                continue;
            }
            String status = (char) first + readLine();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = readLine(); !line.isEmpty(); line = readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            byte[] body = new byte[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
            in.readFully(body);
            return new Response(Integer.parseInt(status.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    private void skipFrame() throws IOException {
        channels.add(in.readUnsignedByte());
        byte[] payload = new byte[in.readUnsignedShort()];
        in.readFully(payload);
        frames.incrementAndGet();
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.readUnsignedByte(); b != '\n'; b = in.readUnsignedByte()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Reads interleaved frames on a daemon thread until the connection ends. */
    void keepReading() {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    if (in.readUnsignedByte() == '$') {
                        skipFrame();
                    }
                }
            } catch (IOException e) {
                closedByServer.set(true);
            }
        }, "test-viewer-" + user);
        t.setDaemon(true);
        t.start();
    }

    long frames() {
        return frames.get();
    }

    /** The interleaved channels frames have arrived on. */
    Set<Integer> channels() {
        return Set.copyOf(channels);
    }

    boolean closedByServer() {
        return closedByServer.get();
    }

    String session() {
        return session;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
