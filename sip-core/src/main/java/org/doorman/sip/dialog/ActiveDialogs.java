package org.doorman.sip.dialog;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The calls that were answered and not yet hung up, by Call-ID: who is talking to whom. */
public final class ActiveDialogs {
    private static final int MAX = 10_000;
    private record Entry(CallParties parties, Instant since) {}

    private final Map<String, Entry> byCallId = new ConcurrentHashMap<>();

    public void answered(CallParties parties, Instant at) {
        if (byCallId.size() < MAX) {
            byCallId.put(parties.callId(), new Entry(parties, at));
        }
    }

    public Optional<CallParties> find(String callId) {
        Entry e = byCallId.get(callId);
        return e == null ? Optional.empty() : Optional.of(e.parties());
    }

    /** Forgets calls answered before `limit` whose BYE never came (a device lost power). */
    public void expire(Instant limit) {
        byCallId.values().removeIf(e -> e.since().isBefore(limit));
    }

    public void ended(String callId) {
        byCallId.remove(callId);
    }

    public int size() {
        return byCallId.size();
    }
}
