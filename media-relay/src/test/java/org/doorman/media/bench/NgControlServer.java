package org.doorman.media.bench;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doorman.conf.MediaConfig;
import org.doorman.conf.PortRange;
import org.doorman.media.MediaEvents;
import org.doorman.media.MediaRelay;
import org.doorman.media.srtp.LegCipher;
import org.doorman.media.srtp.SrtpCipher;

/**
 * bench/media's doorman side: doorman's MediaRelay in a process of its own, driven over rtpengine's ng
 * control protocol (cookie, space, bencoded dictionary, over UDP on loopback) so that one load generator
 * drives either relay the same way. A repeated cookie gets the same reply again, as rtpengine does.
 *
 * <p>Usage: {@code NgControlServer --ng PORT --rtp-ports FIRST-LAST}. Runs until killed.
 */
public final class NgControlServer implements AutoCloseable {
    /** Replies kept for retransmitted requests. */
    static final int REPLY_CACHE = 4096;

    private final DatagramSocket socket;
    private final MediaRelay relay;
    private final NgCommands commands;
    private final Map<String, byte[]> replies = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > REPLY_CACHE;
        }
    };

    NgControlServer(int ngPort, PortRange rtpPorts, LegCipher.Factory ciphers) throws IOException {
        MediaConfig config = new MediaConfig(true, "127.0.0.1", "127.0.0.1", rtpPorts, "preferred", 60, 3, 8554, 8322);
        relay = MediaRelay.start(config, "127.0.0.1", Clock.systemUTC(), ciphers, MediaEvents.NONE);
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), ngPort));
        commands = new NgCommands(relay);
    }

    int port() {
        return socket.getLocalPort();
    }

    MediaRelay relay() {
        return relay;
    }

    /** Answers requests until the socket is closed. */
    void serve() {
        byte[] buffer = new byte[65536];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                byte[] reply = reply(buffer, packet.getLength());
                if (reply != null) {
                    socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
                }
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    System.err.println("ng: " + e);
                }
            }
        }
    }

    /** The reply datagram to one request datagram; null for one without a cookie. */
    byte[] reply(byte[] datagram, int length) {
        int space = 0;
        while (space < length && datagram[space] != ' ') {
            space++;
        }
        if (space == 0 || space == length) {
            return null;
        }
        String cookie = new String(datagram, 0, space, StandardCharsets.US_ASCII);
        byte[] cached = replies.get(cookie);
        if (cached != null) {
            return cached;
        }
        Map<String, Object> answer;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> request = Bencode.decode(datagram, space + 1, length) instanceof Map<?, ?> m
                    ? (Map<String, Object>) m : null;
            answer = request == null ? Map.of("result", "error", "error-reason", "not a dictionary")
                    : commands.handle(request);
        } catch (IllegalArgumentException e) {
            answer = Map.of("result", "error", "error-reason", "bad bencode: " + e.getMessage());
        }
        byte[] body = Bencode.encode(answer);
        byte[] reply = new byte[space + 1 + body.length];
        System.arraycopy(datagram, 0, reply, 0, space + 1);
        System.arraycopy(body, 0, reply, space + 1, body.length);
        replies.put(cookie, reply);
        return reply;
    }

    @Override
    public void close() {
        socket.close();
        relay.close();
    }

    public static void main(String[] args) throws IOException {
        int ngPort = -1;
        PortRange ports = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--ng" -> ngPort = Integer.parseInt(args[i + 1]);
                case "--rtp-ports" -> ports = PortRange.parse(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (ngPort <= 0 || ports == null) {
            System.err.println("usage: NgControlServer --ng PORT --rtp-ports FIRST-LAST");
            System.exit(2);
        }
        SrtpCipher.prepare(); // as the server does at start: the first secured call should not pay for loading it
        NgControlServer server = new NgControlServer(ngPort, ports, SrtpCipher::new);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ng-shutdown"));
        System.err.println("doorman media relay: ng on 127.0.0.1:" + server.port() + ", RTP ports " + ports);
        server.serve();
    }
}
