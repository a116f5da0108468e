package org.doorman.sip.transport;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.sip.message.Response;
import org.doorman.registrar.location.Binding;
import org.doorman.sip.handler.ResponseSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the NAT bindings of registered devices open. Run once a second ({@link #TICK_MILLIS}), it
 * sends each distinct source a device registered from a keep-alive once per interval: an OPTIONS
 * over UDP, a CRLF on a TCP or TLS connection. At most {@link #MAX_PER_TICK} go out per tick (the
 * rest follow on the next ticks), and a source whose OPTIONS is still unanswered gets no second
 * one, so nothing piles up. A device that stops answering stays registered: its registration's
 * expiry decides, here misses are only counted and logged at debug.
 */
public final class NatKeepAlive implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(NatKeepAlive.class);
    public static final long TICK_MILLIS = 1000;
    /** Keep-alives sent per tick at most: a burst of a few hundred small packets a second, whatever the site's size. */
    public static final int MAX_PER_TICK = 200;

    /** How keep-alives are put on the wire. */
    public interface Probes {
        /** Sends an OPTIONS towards the binding's source; its final response or timeout goes to `outcome`. */
        void options(Binding binding, ResponseSink outcome) throws Exception;

        /** Sends a CRLF keep-alive on the binding's TCP or TLS connection. */
        void crlf(Binding binding) throws Exception;
    }

    /** Counts since start: OPTIONS sent, answered (any final response), unanswered; CRLFs sent; sends that failed. */
    public record Stats(long optionsSent, long answered, long unanswered, long crlfSent, long failed) {}

    private record Source(String address, int port, String transport) {
        static Source of(Binding b) {
            return new Source(b.sourceAddress(), b.sourcePort(), b.transport());
        }

        boolean connectionOriented() {
            return transport.equals("TCP") || transport.equals("TLS");
        }

        @Override
        public String toString() {
            return address + ":" + port + "/" + transport;
        }
    }

    private final Supplier<List<Binding>> bindings;
    private final Probes probes;
    private final long intervalMillis;
    private final int maxPerTick;
    private final LongSupplier clock;
    // Touched by the tick only.
    private final Map<Source, Long> lastSent = new HashMap<>();
    private final Set<Source> connectionGone = new HashSet<>();
    // Touched by the tick and by the threads that deliver responses.
    private final Set<Source> awaiting = ConcurrentHashMap.newKeySet();
    private final Map<Source, Integer> misses = new ConcurrentHashMap<>();
    private final AtomicLong optionsSent = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong crlfSent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public NatKeepAlive(Supplier<List<Binding>> bindings, Probes probes, long intervalMillis, int maxPerTick,
                        LongSupplier clock) {
        if (intervalMillis <= 0 || maxPerTick <= 0) {
            throw new IllegalArgumentException("interval and per-tick cap must be positive");
        }
        this.bindings = bindings;
        this.probes = probes;
        this.intervalMillis = intervalMillis;
        this.maxPerTick = maxPerTick;
        this.clock = clock;
    }

    /** One tick; never throws, so a scheduled executor keeps running it. */
    @Override
    public void run() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("NAT keep-alive tick failed", e);
        }
    }

    private void tick() {
        long now = clock.getAsLong();
        Map<Source, Binding> current = new LinkedHashMap<>();
        for (Binding b : bindings.get()) {
            current.putIfAbsent(Source.of(b), b);
        }
        lastSent.keySet().retainAll(current.keySet());
        connectionGone.retainAll(current.keySet());
        misses.keySet().retainAll(current.keySet());
        int sent = 0;
        for (Map.Entry<Source, Binding> e : current.entrySet()) {
            if (sent == maxPerTick) {
                break;
            }
            Source source = e.getKey();
            Long last = lastSent.putIfAbsent(source, now);
            // A source seen for the first time has just sent its REGISTER: its NAT binding is fresh.
            if (last == null || now - last < intervalMillis || awaiting.contains(source)
                    || connectionGone.contains(source)) {
                continue;
            }
            lastSent.put(source, now);
            sent++;
            send(source, e.getValue());
        }
    }

    private void send(Source source, Binding binding) {
        if (source.connectionOriented()) {
            try {
                probes.crlf(binding);
                crlfSent.incrementAndGet();
            } catch (Exception ex) {
                // The device reaches us again by opening a new connection; until its binding changes, stop trying.
                failed.incrementAndGet();
                connectionGone.add(source);
                log.debug("keep-alive to {} ({}): connection gone: {}", source, binding.aor(), ex.toString());
            }
            return;
        }
        awaiting.add(source);
        try {
            probes.options(binding, new Outcome(source, binding.aor()));
            optionsSent.incrementAndGet();
        } catch (Exception ex) {
            awaiting.remove(source);
            failed.incrementAndGet();
            log.debug("keep-alive OPTIONS to {} ({}) not sent: {}", source, binding.aor(), ex.toString());
        }
    }

    public Stats stats() {
        return new Stats(optionsSent.get(), answered.get(), unanswered.get(), crlfSent.get(), failed.get());
    }

    /** What became of one OPTIONS: any final response means the path through the NAT is open. */
    private final class Outcome implements ResponseSink {
        private final Source source;
        private final String aor;

        Outcome(Source source, String aor) {
            this.source = source;
            this.aor = aor;
        }

        @Override
        public void onResponse(Response response) {
            if (response.getStatusCode() >= 200) {
                answered.incrementAndGet();
                misses.remove(source);
                awaiting.remove(source);
            }
        }

        @Override
        public void onTimeout() {
            unanswered.incrementAndGet();
            int inARow = misses.merge(source, 1, Integer::sum);
            awaiting.remove(source);
            log.debug("keep-alive OPTIONS to {} ({}) unanswered, {} in a row; it stays registered until its"
                    + " registration expires", source, aor, inARow);
        }
    }
}
