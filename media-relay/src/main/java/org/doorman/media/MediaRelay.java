package org.doorman.media;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.doorman.conf.MediaConfig;
import org.doorman.media.relay.MediaTransport;
import org.doorman.media.relay.PortAllocator;
import org.doorman.media.relay.RelayContext;
import org.doorman.media.relay.RelaySession;
import org.doorman.media.session.SrtpPolicy;
import org.doorman.media.srtp.LegCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RTP/SRTP relay: anchors each session's media on its own ports, bridges SRTP and plain RTP per
 * leg, reports RFC 4733 digits and releases sessions that fall silent. Thread-safe; knows nothing of SIP.
 */
public final class MediaRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MediaRelay.class);
    /** How often silent sessions are looked for; a session outlives media.timeout by at most this. */
    static final long TIMEOUT_CHECK_MILLIS = 250;

    private final MediaConfig config;
    private final RelayContext context;
    private final ScheduledExecutorService timeouts;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, RelaySession> sessions = new ConcurrentHashMap<>();

    private MediaRelay(MediaConfig config, RelayContext context) {
        this.config = config;
        this.context = context;
        this.timeouts = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "media-timeouts");
            t.setDaemon(true);
            return t;
        });
        timeouts.scheduleWithFixedDelay(this::releaseSilentSessions, TIMEOUT_CHECK_MILLIS, TIMEOUT_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the relay's event loops. Sockets are bound per session, on {@code media.address}.
     *
     * @param sdpAddress the address written into rewritten SDP (media.sdp-address, resolved by the caller)
     * @param ciphers makes each SRTP leg's cipher; the one place SRTP enters the relay
     */
    public static MediaRelay start(MediaConfig config, String sdpAddress, Clock clock, LegCipher.Factory ciphers,
                                   MediaEvents events) throws IOException {
        if (sdpAddress == null || sdpAddress.isBlank() || sdpAddress.equals("0.0.0.0")) {
            throw new IOException("the relay needs an address to write into SDP, not '" + sdpAddress + "'");
        }
        try (java.net.DatagramSocket probe = new java.net.DatagramSocket(
                new java.net.InetSocketAddress(config.address(), 0))) {
            // fails here, at start, rather than on the first call when media.address is not local
        } catch (IOException e) {
            throw new IOException("media.address " + config.address() + " cannot be bound: " + e.getMessage(), e);
        }
        MediaTransport transport = MediaTransport.create(Math.max(1, Runtime.getRuntime().availableProcessors()));
        RelayContext context = new RelayContext(transport,
                new PortAllocator(config.rtpPorts().first(), config.rtpPorts().last()), config.address(), sdpAddress,
                SrtpPolicy.of(config.srtp()), config.latchWindow() * 1000L, clock, ciphers, events);
        return new MediaRelay(config, context);
    }

    /** An offer from leg {@code from}; returns the body to send to the other leg. A refused first offer ends the session. */
    public String offer(String session, Leg from, String sdp, boolean fromSecure, boolean toSecure)
            throws MediaRefusedException {
        while (true) {
            RelaySession s = sessions.computeIfAbsent(session, n -> new RelaySession(n, context, random));
            synchronized (s) {
                if (!s.closed()) {
                    return negotiate(session, s, () -> s.offer(from, sdp, fromSecure, toSecure));
                }
                // released meanwhile: the next turn makes a new session under the same name
            }
        }
    }

    /** The answer from leg {@code from} to the last offer; returns the body to send to the offerer. */
    public String answer(String session, Leg from, String sdp, boolean fromSecure, boolean toSecure)
            throws MediaRefusedException {
        RelaySession s = sessions.get(session);
        if (s == null) {
            throw MediaRefusedException.notAcceptable("no media session " + session + " to answer");
        }
        synchronized (s) {
            if (s.closed()) {
                throw MediaRefusedException.notAcceptable("media session " + session + " was released");
            }
            return negotiate(session, s, () -> s.answer(from, sdp, fromSecure, toSecure));
        }
    }

    private interface Step {
        String run() throws MediaRefusedException;
    }

    /** Runs one offer or answer; a session refused before it was ever answered is released (its ports freed). */
    private String negotiate(String session, RelaySession s, Step step) throws MediaRefusedException {
        try {
            return step.run();
        } catch (MediaRefusedException e) {
            if (!s.answered()) {
                release(session);
            }
            throw e;
        }
    }

    /** Ends a session and frees its ports; unknown or already released sessions are ignored. */
    public void release(String session) {
        RelaySession s = sessions.remove(session);
        if (s != null) {
            synchronized (s) {
                s.close();
            }
        }
    }

    /**
     * Plays one DTMF key into a session as RFC 4733 telephone-events toward one leg's peer (e.g. a door
     * station that takes its unlock code from the media when the phone sent the key by SIP INFO). The
     * packets go out on the session's event loop, one every 20 ms, after any keys queued before.
     *
     * @param session an answered session
     * @param toward the leg whose peer hears the key
     * @param key 0-9, *, #, A-D
     * @return whether the key was queued; false when the session is unknown, unanswered or released, the key
     *         is not DTMF, or that leg's SDP gave no telephone-event/8000 payload type (nothing is sent then)
     */
    public boolean sendDtmf(String session, Leg toward, char key) {
        RelaySession s = sessions.get(session);
        if (s == null) {
            LOG.debug("DTMF '{}' not sent: no media session {}", key, session);
            return false;
        }
        synchronized (s) {
            return s.sendDtmf(toward, key);
        }
    }

    /**
     * From now on, RFC 4733 telephone-events the other leg sends are read (and reported to
     * {@link MediaEvents#dtmf}) but not forwarded toward {@code toward}: for a device that gets the keys
     * as SIP INFO instead and would otherwise hear each key twice. Returns false for an unknown session.
     */
    public boolean withholdKeys(String session, Leg toward) {
        RelaySession s = sessions.get(session);
        if (s == null) {
            return false;
        }
        synchronized (s) {
            s.withholdKeys(toward);
        }
        return true;
    }

    public List<SessionStats> sessions() {
        List<SessionStats> out = new ArrayList<>();
        for (RelaySession s : sessions.values()) {
            synchronized (s) {
                if (!s.closed()) {
                    out.add(s.stats());
                }
            }
        }
        return out;
    }

    /** UDP ports currently bound for sessions (two per leg per stream). */
    public int portsInUse() {
        return context.ports().portsInUse();
    }

    private void releaseSilentSessions() {
        long now = context.clock().millis();
        long timeout = config.timeout() * 1000L;
        for (Map.Entry<String, RelaySession> e : sessions.entrySet()) {
            if (e.getValue().idle(now, timeout) && sessions.remove(e.getKey(), e.getValue())) {
                synchronized (e.getValue()) {
                    e.getValue().close();
                }
                LOG.info("media session {} released after {} s without media", e.getKey(), config.timeout());
                try {
                    context.events().timedOut(e.getKey());
                } catch (RuntimeException ex) {
                    LOG.warn("timeout listener failed for session {}: {}", e.getKey(), ex.toString());
                }
            }
        }
    }

    @Override
    public void close() {
        timeouts.shutdownNow();
        for (String session : List.copyOf(sessions.keySet())) {
            release(session);
        }
        context.transport().group().shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
