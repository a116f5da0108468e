package org.doorman.media.rtsp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.doorman.media.rtsp.codec.InterleavedFrame;

/**
 * One playing viewer as the camera's fan-out sees it: sends each packet on the viewer's own transport
 * (interleaved on its RTSP connection, or UDP to its client ports) and never waits. When the viewer's
 * connection is above its write-buffer high water mark the packet is dropped and counted for this
 * viewer only; one that stays so past the grace period is disconnected.
 */
final class ViewerOutlet {
    private final String session;
    private final String user;
    private final String transport;
    private final Channel control;
    private final Map<Integer, TransportSpec> tracks;
    private final UdpPair udp;
    private final Clock clock;
    private final Duration unwritableGrace;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile long unwritableSince = -1;

    ViewerOutlet(String session, String user, String transport, Channel control, Map<Integer, TransportSpec> tracks,
            UdpPair udp, Clock clock, Duration unwritableGrace) {
        this.session = session;
        this.user = user;
        this.transport = transport;
        this.control = control;
        this.tracks = Map.copyOf(tracks);
        this.udp = udp;
        this.clock = clock;
        this.unwritableGrace = unwritableGrace;
    }

    /** Sends one packet of a track; the caller keeps its reference to payload. Called from the camera's loop. */
    void send(int track, boolean rtcp, ByteBuf payload) {
        TransportSpec spec = tracks.get(track);
        if (spec == null) {
            return;
        }
        int target = rtcp ? spec.rtcp() : spec.rtp();
        if (spec.tcp()) {
            if (!control.isWritable()) {
                dropped.incrementAndGet();
                disconnectIfStuck();
                return;
            }
            unwritableSince = -1;
            control.writeAndFlush(new InterleavedFrame(target, payload.retainedDuplicate()), control.voidPromise());
        } else {
            Channel out = rtcp ? udp.rtcp() : udp.rtp();
            if (!out.isWritable()) {
                dropped.incrementAndGet();
                return;
            }
            InetAddress viewer = ((InetSocketAddress) control.remoteAddress()).getAddress();
            out.writeAndFlush(new DatagramPacket(payload.retainedDuplicate(), new InetSocketAddress(viewer, target)),
                    out.voidPromise());
        }
        sent.incrementAndGet();
    }

    private void disconnectIfStuck() {
        long now = clock.millis();
        if (unwritableSince < 0) {
            unwritableSince = now;
        } else if (now - unwritableSince > unwritableGrace.toMillis()) {
            control.close();
        }
    }

    long sent() {
        return sent.get();
    }

    long dropped() {
        return dropped.get();
    }

    CameraStats.ViewerStats stats() {
        return new CameraStats.ViewerStats(session, user, transport, String.valueOf(control.remoteAddress()), sent.get(),
                dropped.get());
    }
}
