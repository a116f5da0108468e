package org.doorman.media;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/** A stand-in for a phone's media: one loopback UDP socket that sends to the relay and reads what comes back. */
final class Phone implements AutoCloseable {
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    final DatagramSocket socket;

    Phone() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
        socket.setSoTimeout(5000);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** An audio offer/answer naming this socket, PCMU and telephone-event 101, RTCP muxed onto it. */
    String sdp(String proto, String extraLines) {
        return "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio " + port() + " " + proto + " 0 101\r\na=rtpmap:0 PCMU/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\na=rtcp-mux\r\n" + extraLines;
    }

    /** The same audio description with RTCP on its own socket, named by a=rtcp (RFC 3605), not muxed. */
    String sdpWithRtcpOn(Phone rtcp) {
        return sdp("RTP/AVP", "").replace("a=rtcp-mux\r\n", "a=rtcp:" + rtcp.port() + "\r\n");
    }

    void send(byte[] packet, int relayPort) throws IOException {
        socket.send(new DatagramPacket(packet, packet.length, LOOPBACK, relayPort));
    }

    /** The next datagram, waiting up to five seconds. */
    byte[] receive() throws IOException {
        byte[] buf = new byte[2048];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        socket.receive(p);
        return Arrays.copyOf(buf, p.getLength());
    }

    /** The next datagram if one comes within {@code millis}, else null. */
    byte[] receiveWithin(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            return receive();
        } catch (SocketTimeoutException e) {
            return null;
        } finally {
            socket.setSoTimeout(5000);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
