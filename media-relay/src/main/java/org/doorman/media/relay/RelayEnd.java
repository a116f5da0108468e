package org.doorman.media.relay;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import org.doorman.media.Leg;
import org.doorman.media.rtp.Rfc3550;
import org.doorman.media.rtp.Rfc5761;
import org.doorman.media.rtp.RtcpReports;
import org.doorman.media.rtp.RtpHeader;
import org.doorman.media.rtp.TelephoneEventDetector;
import org.doorman.media.srtp.LegCipher;

/**
 * One leg of one stream at the relay: the RTP/RTCP socket pair that leg's peer talks to, which
 * source it accepts (latching), the forwarding of what it receives to the other leg's end, and the
 * sending of packets the relay makes itself (DTMF) to its own peer. Everything but {@link #install}
 * and the statistics getters runs on the session's one event loop.
 */
final class RelayEnd implements RtcpReports.Sink {
    /** What an end needs from its session. */
    interface Session {
        String name();

        void touch(long nowMillis);

        void dtmf(Leg from, char key);

        long millis();
    }

    /** Longest datagram relayed; larger ones are dropped as malformed (the socket reads at most this). */
    static final int MAX_PACKET = 2048;

    private final Session session;
    private final Leg leg;
    private final int port;
    private final EndCounters counters = new EndCounters();
    private final TelephoneEventDetector detector = new TelephoneEventDetector();
    private final OutgoingStream outgoing;
    private final byte[] scratch = new byte[MAX_PACKET];
    private Channel rtpChannel;
    private Channel rtcpChannel;
    private RelayEnd peer;
    // Set from the signalling thread, read on the event loop: this end's peer gets its keys another way (SIP INFO).
    private volatile boolean keysWithheld;
    private volatile Route route;
    private volatile InetSocketAddress latchedRtp;
    private volatile InetSocketAddress latchedRtcp;
    private long latchGeneration = -1;

    RelayEnd(Session session, Leg leg, int port, OutgoingStream outgoing) {
        this.session = session;
        this.leg = leg;
        this.port = port;
        this.outgoing = outgoing;
    }

    void connect(Channel rtp, Channel rtcp, RelayEnd other) {
        this.rtpChannel = rtp;
        this.rtcpChannel = rtcp;
        this.peer = other;
    }

    /** Puts a negotiated route in place (any thread); null stops the leg. */
    void install(Route next) {
        route = next;
    }

    Route route() {
        return route;
    }

    void receive(boolean rtcpSocket, ByteBuf content, InetSocketAddress sender) {
        int length = content.readableBytes();
        counters.received(length);
        Route in = route;
        if (in == null || peer == null || peer.route == null) {
            counters.dropped(DropReason.UNROUTABLE);
            return;
        }
        if (length > MAX_PACKET) {
            counters.dropped(DropReason.MALFORMED);
            return;
        }
        content.getBytes(content.readerIndex(), scratch, 0, length);
        boolean rtcp = rtcpSocket || Rfc5761.isRtcp(scratch, length);
        if (length < (rtcp ? Rfc3550.RTCP_HEADER : Rfc3550.RTP_HEADER) || (scratch[0] & 0xc0) >> 6 != Rfc3550.VERSION) {
            counters.dropped(DropReason.MALFORMED);
            return;
        }
        long now = session.millis();
        int verdict = checkSource(in, rtcpSocket, sender, now);
        if (verdict == REJECT) {
            counters.dropped(DropReason.WRONG_SOURCE);
            return;
        }
        byte[] plain = scratch;
        int plainLength = length;
        if (in.cipher().secure()) {
            plain = rtcp ? in.cipher().openRtcp(scratch, length) : in.cipher().openRtp(scratch, length);
            if (plain == null) {
                counters.dropped(DropReason.SRTP_AUTH);
                return;
            }
            plainLength = plain.length;
        }
        if (!inspect(in, rtcp, plain, plainLength)) {
            counters.dropped(DropReason.MALFORMED);
            return;
        }
        if (verdict == LATCH) {
            latch(rtcpSocket, sender);
        }
        session.touch(now);
        if (!rtcp && peer.keysWithheld && in.isTelephoneEvent(RtpHeader.payloadType(plain))) {
            return; // read above for door control; the other peer hears the key by SIP INFO instead
        }
        DropReason refused = peer.send(rtcp, plain, plainLength, plain == scratch ? content : null);
        if (refused != null) {
            counters.dropped(refused);
        }
    }

    private static final int ACCEPT = 0;
    private static final int LATCH = 1;
    private static final int REJECT = 2;

    /**
     * The signalled address is always accepted (and latched); before anything is latched, so is any
     * source inside the latch window; after that only the latched source.
     */
    private int checkSource(Route in, boolean rtcpSocket, InetSocketAddress sender, long now) {
        if (latchGeneration != in.generation()) {
            latchedRtp = null;
            latchedRtcp = null;
            latchGeneration = in.generation();
        }
        InetSocketAddress latched = rtcpSocket ? latchedRtcp : latchedRtp;
        if (sender.equals(latched)) {
            return ACCEPT;
        }
        InetSocketAddress signalled = rtcpSocket ? in.rtcp() : in.rtp();
        if (sender.equals(signalled) || (latched == null && now < in.latchUntilMillis())) {
            return LATCH;
        }
        return REJECT;
    }

    private void latch(boolean rtcpSocket, InetSocketAddress sender) {
        if (rtcpSocket) {
            latchedRtcp = sender;
        } else {
            latchedRtp = sender;
        }
    }

    /** Checks a plain packet and takes what the relay wants from it: RTCP reports, telephone events. */
    private boolean inspect(Route in, boolean rtcp, byte[] plain, int length) {
        if (rtcp) {
            return RtcpReports.read(plain, length, this);
        }
        if (RtpHeader.payloadOffset(plain, length) < 0) {
            return false;
        }
        if (in.isTelephoneEvent(RtpHeader.payloadType(plain))) {
            char key = detector.accept(plain, length);
            if (key != 0) {
                session.dtmf(leg, key);
            }
        }
        return true;
    }

    @Override
    public void report(long ssrc, int fractionLost, int cumulativeLost, long jitter) {
        counters.report(fractionLost, cumulativeLost, jitter);
    }

    /**
     * Sends a plain packet to this end's peer, sealed with its cipher. {@code original} is the
     * received buffer when {@code plain} is its unchanged copy: a plain-to-plain hop then forwards it as is.
     * Returns why the packet was not sent, or null when it was.
     */
    private DropReason send(boolean rtcp, byte[] plain, int length, ByteBuf original) {
        if (!rtcp) {
            int renumbered = outgoing.forwarded(plain, System.nanoTime());
            if (renumbered >= 0 && original != null) {
                original.setShort(original.readerIndex() + 2, renumbered); // the copy forwarded as is
            }
        }
        return transmit(rtcp, plain, length, original);
    }

    /**
     * Sends an RTP packet the relay made itself (a DTMF key press, numbered by {@link #outgoing()}) to
     * this end's peer, sealed like forwarded ones. False when it could not go: no route or address
     * for the peer yet, or the cipher refused it.
     */
    boolean sendInjected(byte[] packet) {
        return route != null && transmit(false, packet, packet.length, null) == null;
    }

    /** The numbering of what goes to this end's peer, shared by forwarded and injected packets. */
    OutgoingStream outgoing() {
        return outgoing;
    }

    private DropReason transmit(boolean rtcp, byte[] plain, int length, ByteBuf original) {
        Route out = route;
        boolean viaRtcpSocket = rtcp && !out.mux();
        InetSocketAddress target = viaRtcpSocket
                ? (latchedRtcp != null ? latchedRtcp : out.rtcp())
                : (latchedRtp != null ? latchedRtp : out.rtp());
        if (target == null) {
            return DropReason.UNROUTABLE;
        }
        ByteBuf data;
        LegCipher cipher = out.cipher();
        if (!cipher.secure() && original != null) {
            data = original.retain(); // the received buffer itself, one more reference for the write
        } else if (!cipher.secure()) {
            data = Unpooled.wrappedBuffer(plain, 0, length);
        } else {
            byte[] sealed = rtcp ? cipher.sealRtcp(plain, length) : cipher.sealRtp(plain, length);
            if (sealed == null) {
                return DropReason.SRTP_SEAL;
            }
            data = Unpooled.wrappedBuffer(sealed);
        }
        counters.sent(data.readableBytes());
        Channel channel = viaRtcpSocket ? rtcpChannel : rtpChannel;
        channel.writeAndFlush(new DatagramPacket(data, target), channel.voidPromise());
        return null;
    }

    Leg leg() {
        return leg;
    }

    /** Telephone-events from the other leg are no longer forwarded to this end's peer. */
    void withholdKeys() {
        keysWithheld = true;
    }

    int port() {
        return port;
    }

    EndCounters counters() {
        return counters;
    }

    /** Where the peer's RTP comes from (latched), else where its SDP said, else null. */
    InetSocketAddress remote() {
        InetSocketAddress latched = latchedRtp;
        Route r = route;
        return latched != null ? latched : r == null ? null : r.rtp();
    }

    boolean latched() {
        return latchedRtp != null;
    }

    Channel rtpChannel() {
        return rtpChannel;
    }

    Channel rtcpChannel() {
        return rtcpChannel;
    }
}
