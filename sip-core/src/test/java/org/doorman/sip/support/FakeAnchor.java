package org.doorman.sip.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.doorman.sip.MediaAnchor;

/**
 * A MediaAnchor for sip-core's own tests: rewrites the connection address of every SDP it is handed
 * to 127.0.0.99 and marks the body with `a=anchored:KIND:SESSION:SIDE`, records every call, refuses
 * what the test tells it to, and counts the releases of each session.
 */
public final class FakeAnchor implements MediaAnchor {
    public static final String ADDRESS = "127.0.0.99";

    /** One offer or answer as the SIP core handed it over. */
    public record Call(String kind, String session, Side from, boolean fromSecure, boolean toSecure) {}

    private final List<Call> calls = new ArrayList<>();
    private final List<String> withheld = new ArrayList<>();
    private final Set<String> opened = new HashSet<>();
    private final Map<String, Integer> releases = new HashMap<>();
    private final List<String> dtmf = new ArrayList<>();
    private volatile Predicate<Call> refuse = c -> false;

    /** From now on, refuses (488) the offers and answers that match. */
    public void refuseWhen(Predicate<Call> which) {
        this.refuse = which;
    }

    @Override
    public byte[] offer(String session, Side from, byte[] sdp, boolean fromSecure, boolean toSecure) throws Refused {
        return rewrite(new Call("offer", session, from, fromSecure, toSecure), sdp);
    }

    @Override
    public byte[] answer(String session, Side from, byte[] sdp, boolean fromSecure, boolean toSecure) throws Refused {
        return rewrite(new Call("answer", session, from, fromSecure, toSecure), sdp);
    }

    private synchronized byte[] rewrite(Call call, byte[] sdp) throws Refused {
        calls.add(call);
        opened.add(call.session());
        if (refuse.test(call)) {
            throw new Refused(488, "Media Policy Not Met");
        }
        StringBuilder out = new StringBuilder();
        for (String line : new String(sdp, StandardCharsets.UTF_8).split("\r\n")) {
            out.append(line.startsWith("c=") ? "c=IN IP4 " + ADDRESS : line).append("\r\n");
        }
        out.append("a=anchored:").append(call.kind()).append(':').append(call.session()).append(':')
                .append(call.from()).append("\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void release(String session) {
        releases.merge(session, 1, Integer::sum);
        notifyAll();
    }

    @Override
    public synchronized boolean sendDtmf(String session, Side toward, char key) {
        dtmf.add(session + ":" + toward + ":" + key);
        notifyAll();
        return true;
    }

    @Override
    public synchronized void withholdKeys(String session, Side toward) {
        withheld.add(session + ":" + toward);
        notifyAll();
    }

    /** The sessions and sides whose RFC 4733 keys were withheld, once one was for `session`, waiting a bounded time. */
    public synchronized List<String> awaitWithheld(String session) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (withheld.stream().noneMatch(w -> w.startsWith(session + ":")) && System.nanoTime() < deadline) {
            TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
        }
        return List.copyOf(withheld);
    }

    public synchronized List<String> withheld() {
        return List.copyOf(withheld);
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized int releases(String session) {
        return releases.getOrDefault(session, 0);
    }

    public synchronized List<String> dtmfSent() {
        return List.copyOf(dtmf);
    }

    /** The keys sent into sessions, once at least `count` were, waiting a bounded time. */
    public synchronized List<String> awaitDtmf(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (dtmf.size() < count && System.nanoTime() < deadline) {
            TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
        }
        return List.copyOf(dtmf);
    }

    /**
     * Waits (bounded) until every session of this call that was ever handed an offer or answer has
     * been released, and returns those that were not released exactly once (empty: no leak, no double).
     */
    public synchronized Map<String, Integer> awaitReleased(String callId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!unreleased(callId).isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
        }
        Map<String, Integer> wrong = new HashMap<>();
        for (String s : sessionsOf(callId)) {
            if (releases(s) != 1) {
                wrong.put(s, releases(s));
            }
        }
        return wrong;
    }

    /** The sessions of this call that were opened (handed SDP) or released. */
    public synchronized Set<String> sessionsOf(String callId) {
        Set<String> all = new HashSet<>();
        opened.stream().filter(s -> s.startsWith(callId + "/")).forEach(all::add);
        releases.keySet().stream().filter(s -> s.startsWith(callId + "/")).forEach(all::add);
        return all;
    }

    private Set<String> unreleased(String callId) {
        Set<String> open = new HashSet<>(sessionsOf(callId));
        open.removeIf(s -> releases.containsKey(s));
        return open;
    }

    /** The `a=anchored:KIND:SESSION:SIDE` mark of a body this anchor rewrote, if it is one. */
    public static Optional<String> mark(byte[] body) {
        if (body == null) {
            return Optional.empty();
        }
        for (String line : new String(body, StandardCharsets.UTF_8).split("\r\n")) {
            if (line.startsWith("a=anchored:")) {
                return Optional.of(line.substring("a=anchored:".length()));
            }
        }
        return Optional.empty();
    }
}
