package org.doorman.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.util.HashSet;
import java.util.Set;

/** Free ports on 127.0.0.1 for servers and sipp started by end-to-end tests. */
final class LoopbackPorts {
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /** Ports handed out in this JVM: the OS may offer a just-closed port again before its user binds it. */
    private static final Set<Integer> GIVEN = new HashSet<>();

    private LoopbackPorts() {}

    /** A port free for both TCP and UDP, as SIP listens on both with one number. */
    static synchronized int freeTcpAndUdp() {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, LOOPBACK)) {
                int port = tcp.getLocalPort();
                if (GIVEN.contains(port)) {
                    continue;
                }
                try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(LOOPBACK, port))) {
                    GIVEN.add(port);
                    return port;
                } catch (SocketException taken) {
                    // UDP side in use: try another number
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no loopback port free for both TCP and UDP after 100 attempts");
    }
}
