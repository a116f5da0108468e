package org.doorman.sip.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** A UDP socket on loopback talking to one server address. */
public final class UdpPeer implements SipPeer {
    private static final int MAX_DATAGRAM = 65_535;
    private final DatagramSocket socket;
    private final InetSocketAddress server;

    public UdpPeer(InetSocketAddress server) throws IOException {
        this.socket = new DatagramSocket(0, InetAddress.getByName(TestSipServer.ADDRESS));
        this.server = server;
    }

    @Override
    public String transport() {
        return "UDP";
    }

    @Override
    public InetSocketAddress local() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public void send(byte[] message) throws IOException {
        socket.send(new DatagramPacket(message, message.length, server));
    }

    @Override
    public Optional<SipAnswer> receive(Duration timeout) throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[MAX_DATAGRAM], MAX_DATAGRAM);
        socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        try {
            socket.receive(packet);
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
        return Optional.of(SipAnswer.parse(Arrays.copyOf(packet.getData(), packet.getLength())));
    }

    @Override
    public boolean closedByServer() {
        return false;
    }

    @Override
    public void close() {
        socket.close();
    }
}
