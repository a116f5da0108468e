package org.doorman.sip.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;

/** The test's side of one transport: sends raw bytes to the server and reads what comes back. */
public interface SipPeer extends AutoCloseable {
    /** "UDP" or "TCP", as a Via names it. */
    String transport();

    /** The address responses must reach. */
    InetSocketAddress local();

    void send(byte[] message) throws IOException;

    /** The next response, or empty if none came within the timeout or the server closed the connection. */
    Optional<SipAnswer> receive(Duration timeout) throws IOException;

    /** Whether the server has closed the connection (always false for UDP). */
    boolean closedByServer();

    @Override
    void close() throws IOException;
}
