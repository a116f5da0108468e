package org.doorman.sip.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** One TCP connection to the server; responses are framed by their Content-Length (RFC 3261 18.3). */
public final class TcpPeer implements SipPeer {
    private static final int MAX_HEAD = 16_384;
    private static final int CRLF_CRLF = 0x0D0A0D0A;
    private final Socket socket;
    private final InputStream in;
    private boolean closedByServer;

    public TcpPeer(InetSocketAddress server) throws IOException {
        this.socket = new Socket();
        socket.connect(server, 5_000);
        this.in = socket.getInputStream();
    }

    @Override
    public String transport() {
        return "TCP";
    }

    @Override
    public InetSocketAddress local() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public void send(byte[] message) throws IOException {
        socket.getOutputStream().write(message);
        socket.getOutputStream().flush();
    }

    @Override
    public Optional<SipAnswer> receive(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            byte[] head = readHead(deadline);
            if (head == null) {
                return Optional.empty();
            }
            SipAnswer headOnly = SipAnswer.parse(head, new byte[0]);
            String length = headOnly.header("content-length").isEmpty() ? headOnly.header("l")
                    : headOnly.header("content-length");
            byte[] body = readBody(length.isEmpty() ? 0 : Integer.parseInt(length), deadline);
            return body == null ? Optional.empty() : Optional.of(SipAnswer.parse(head, body));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        } catch (SocketException e) {
            closedByServer = true; // reset by the server
            return Optional.empty();
        }
    }

    /** Reads up to the blank line ending the headers; skips CRLF keep-alives between messages. */
    private byte[] readHead(long deadline) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != CRLF_CRLF) {
            int b = read(deadline);
            if (b < 0) {
                return null;
            }
            if (head.size() == 0 && (b == '\r' || b == '\n')) {
                continue;
            }
            head.write(b);
            last4 = (last4 << 8) | b;
            if (head.size() > MAX_HEAD) {
                throw new IOException("response head longer than " + MAX_HEAD + " bytes");
            }
        }
        return head.toByteArray();
    }

    private byte[] readBody(int length, long deadline) throws IOException {
        byte[] body = new byte[length];
        for (int i = 0; i < length; i++) {
            int b = read(deadline);
            if (b < 0) {
                return null;
            }
            body[i] = (byte) b;
        }
        return body;
    }

    private int read(long deadline) throws IOException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        socket.setSoTimeout((int) left);
        int b = in.read();
        if (b < 0) {
            closedByServer = true;
        }
        return b;
    }

    @Override
    public boolean closedByServer() {
        return closedByServer;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
