package org.doorman.media.relay;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorman.media.Leg;
import org.doorman.media.MediaEvents;
import org.doorman.media.MediaRefusedException;
import org.doorman.media.SessionStats;
import org.doorman.media.session.LegCrypto;
import org.doorman.media.session.NegotiatedStream;
import org.doorman.media.session.PeerMedia;
import org.doorman.media.session.SdpSession;
import org.doorman.media.session.SrtpPolicy;
import org.doorman.media.rtp.Rfc4733;
import org.doorman.media.srtp.LegCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One relayed session: its SDP exchange, its sockets (two per leg per stream, all on one event loop
 * so that each leg's cipher is used from one thread), and its liveness. Offer, answer and close are
 * called under the session's lock by {@link org.doorman.media.MediaRelay}.
 */
public final class RelaySession implements RelayEnd.Session {
    private static final Logger LOG = LoggerFactory.getLogger(RelaySession.class);

    private final String name;
    private final RelayContext context;
    private final EventLoop loop;
    private final SdpSession sdp;
    private final List<RelayEnd[]> streams = new ArrayList<>();
    private final long createdAt;
    private volatile long answeredAt = -1;
    private volatile long lastPacket;
    private final SecureRandom random;
    private final DtmfSender dtmf;
    private long generations;
    private volatile boolean closed;

    public RelaySession(String name, RelayContext context, SecureRandom random) {
        this.name = name;
        this.context = context;
        this.random = random;
        this.loop = context.transport().group().next();
        this.dtmf = new DtmfSender(name, loop, this::closed);
        this.createdAt = context.clock().millis();
        this.sdp = new SdpSession(context.policy(), context.sdpAddress(), this::rtpPort, random);
    }

    public String offer(Leg from, String body, boolean fromSecure, boolean toSecure) throws MediaRefusedException {
        return sdp.offer(from, body, fromSecure, toSecure);
    }

    public String answer(Leg from, String body, boolean fromSecure, boolean toSecure) throws MediaRefusedException {
        String out = sdp.answer(from, body, fromSecure, toSecure);
        long now = context.clock().millis();
        install(sdp.streams(), now);
        if (answeredAt < 0) {
            answeredAt = now;
        }
        return out;
    }

    public boolean answered() {
        return answeredAt >= 0;
    }

    /** Whether the session has carried no accepted packet for {@code timeoutMillis} since its answer. */
    public boolean idle(long now, long timeoutMillis) {
        long answered = answeredAt;
        return answered >= 0 && now - Math.max(answered, lastPacket) >= timeoutMillis;
    }

    private int rtpPort(int stream, Leg leg) throws MediaRefusedException {
        while (streams.size() <= stream) {
            streams.add(null);
        }
        if (streams.get(stream) == null) {
            RelayEnd a = bindEnd(Leg.A);
            RelayEnd b;
            try {
                b = bindEnd(Leg.B);
            } catch (MediaRefusedException e) {
                closeEnd(a);
                throw e;
            }
            a.connect(a.rtpChannel(), a.rtcpChannel(), b);
            b.connect(b.rtpChannel(), b.rtcpChannel(), a);
            streams.set(stream, new RelayEnd[] {a, b});
        }
        return streams.get(stream)[leg.ordinal()].port();
    }

    private RelayEnd bindEnd(Leg leg) throws MediaRefusedException {
        Exception last = null;
        // Another program may hold any number of pairs in the range: one sweep of the whole range before
        // giving up (a failed bind costs microseconds; next-fit moves on to a new pair each time).
        int attempts = context.ports().pairs();
        for (int attempt = 0; attempt < attempts; attempt++) {
            int port = context.ports().allocate();
            if (port < 0) {
                throw new MediaRefusedException(503, "no free port pair left in media.rtp-ports");
            }
            RelayEnd end = new RelayEnd(this, leg, port, new OutgoingStream(random.nextInt(), random.nextInt(),
                    random.nextInt(), System.nanoTime()));
            Channel rtp = null;
            try {
                rtp = bind(end, port, false);
                Channel rtcp = bind(end, port + 1, true);
                end.connect(rtp, rtcp, null);
                return end;
            } catch (Exception e) { // Netty rethrows the bind's IOException unchecked (epoll: NativeIoException)
                last = e; // taken by another program: try the next pair
                if (rtp != null) {
                    rtp.close().awaitUninterruptibly();
                }
                context.ports().free(port);
            }
        }
        throw new MediaRefusedException(503, "could not bind media ports in media.rtp-ports: " + last);
    }

    private Channel bind(RelayEnd end, int port, boolean rtcp) {
        ChannelFuture f = new Bootstrap().group(loop).channel(context.transport().channelType())
                .handler(new EndHandler(end, rtcp))
                .bind(new InetSocketAddress(context.bindAddress(), port)).syncUninterruptibly();
        return f.channel();
    }

    private void install(List<NegotiatedStream> agreed, long now) throws MediaRefusedException {
        for (NegotiatedStream s : agreed) {
            RelayEnd[] ends = s.index() < streams.size() ? streams.get(s.index()) : null;
            if (ends == null) {
                continue;
            }
            for (Leg leg : Leg.values()) {
                RelayEnd end = ends[leg.ordinal()];
                end.install(s.active() ? routeFor(end.route(), s.peer(leg), s.crypto(leg), now) : null);
            }
        }
    }

    /** The new route of a leg, keeping its cipher when the keys are the same and its latch when the address is. */
    private Route routeFor(Route old, PeerMedia peer, LegCrypto crypto, long now) throws MediaRefusedException {
        LegCipher cipher = LegCipher.PLAIN;
        if (old != null && old.crypto().equals(crypto)) {
            cipher = old.cipher();
        } else if (crypto.secure()) {
            try {
                cipher = context.ciphers().create(crypto.peerKey(), crypto.ownKey());
            } catch (RuntimeException e) {
                throw MediaRefusedException.notAcceptable("SRTP " + crypto.peerKey().suite() + " not available: " + e);
            }
        }
        Route route = Route.of(peer, crypto, cipher, ++generations,
                Math.max(now, createdAt) + context.latchWindowMillis());
        if (route.sameAddresses(old)) {
            route = Route.of(peer, crypto, cipher, old.generation(), old.latchUntilMillis());
        }
        return route;
    }

    /**
     * Queues one DTMF key to be played as RFC 4733 telephone-events toward {@code toward}'s peer, in the
     * session's first answered audio stream, with the payload type that peer gave telephone-event/8000.
     * Returns false (and sends nothing) when the key is not DTMF, the session is not answered or
     * released, or that leg's peer negotiated no telephone-event/8000.
     */
    public boolean sendDtmf(Leg toward, char key) {
        int event = Rfc4733.event(key);
        if (closed || event < 0) {
            LOG.debug("session {}: DTMF '{}' toward leg {} not sent: {}", name, key, toward,
                    closed ? "released" : "not a DTMF key");
            return false;
        }
        for (NegotiatedStream s : sdp.streams()) {
            RelayEnd[] ends = s.index() < streams.size() ? streams.get(s.index()) : null;
            if (s.active() && ends != null && s.media().equalsIgnoreCase("audio")) {
                RelayEnd end = ends[toward.ordinal()];
                Route route = end.route();
                if (route == null || route.dtmfPayloadType() < 0) {
                    LOG.debug("session {}: DTMF '{}' not sent: leg {} negotiated no telephone-event/8000", name, key,
                            toward);
                    return false;
                }
                return dtmf.enqueue(end, route.dtmfPayloadType(), event);
            }
        }
        LOG.debug("session {}: DTMF '{}' toward leg {} not sent: no answered audio stream", name, key, toward);
        return false;
    }

    /** Stops forwarding the other leg's telephone-events toward {@code toward}'s peer, in every stream. */
    public void withholdKeys(Leg toward) {
        for (RelayEnd[] ends : streams) {
            if (ends != null) {
                ends[toward.ordinal()].withholdKeys();
            }
        }
    }

    /** Whether DTMF keys are still being played into the session or wait their turn. */
    boolean dtmfPlaying() {
        return dtmf.playing();
    }

    /** Closes every socket and gives its ports back; waits for the sockets unless called on their event loop. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (RelayEnd[] ends : streams) {
            if (ends != null) {
                closeEnd(ends[0]);
                closeEnd(ends[1]);
            }
        }
    }

    private void closeEnd(RelayEnd end) {
        ChannelFuture rtp = end.rtpChannel().close();
        ChannelFuture rtcp = end.rtcpChannel().close();
        if (loop.inEventLoop()) {
            rtcp.addListener(f -> rtp.addListener(g -> context.ports().free(end.port())));
        } else {
            rtp.awaitUninterruptibly();
            rtcp.awaitUninterruptibly();
            context.ports().free(end.port());
        }
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long millis() {
        return context.clock().millis();
    }

    @Override
    public void touch(long nowMillis) {
        if (lastPacket != nowMillis) {
            lastPacket = nowMillis;
        }
    }

    @Override
    public void dtmf(Leg from, char key) {
        MediaEvents events = context.events();
        try {
            events.dtmf(name, from, key, Instant.ofEpochMilli(millis()));
        } catch (RuntimeException e) {
            LOG.warn("DTMF listener failed for session {}: {}", name, e.toString());
        }
    }

    public SessionStats stats() {
        List<SessionStats.StreamStats> out = new ArrayList<>();
        List<NegotiatedStream> agreed = sdp.streams();
        for (int i = 0; i < streams.size(); i++) {
            RelayEnd[] ends = streams.get(i);
            if (ends != null) {
                NegotiatedStream s = i < agreed.size() ? agreed.get(i) : null;
                out.add(new SessionStats.StreamStats(i, s == null ? "unanswered" : s.media(),
                        s != null && s.active(), Stats.of(ends[0]), Stats.of(ends[1])));
            }
        }
        return new SessionStats(name, Instant.ofEpochMilli(createdAt).toString(), answered(), out);
    }
}
