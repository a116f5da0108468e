package org.doorman.registrar.location;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each device can be reached: its bindings in memory for routing, written through to the
 * database before the REGISTER is answered so they survive a restart.
 */
public final class LocationService {
    private static final Logger log = LoggerFactory.getLogger(LocationService.class);
    private static final int LOCK_STRIPES = 256;

    private final BindingRepository repository;
    private final BindingRules rules;
    private final Clock clock;
    private final Map<String, List<Binding>> byAor = new ConcurrentHashMap<>();
    // Contact URI -> binding, so a request sent to a registered contact goes to where the device really is.
    private final Map<String, Binding> byContact = new ConcurrentHashMap<>();
    private final Object[] locks = new Object[LOCK_STRIPES];
    private final ValueCache userAgents = new ValueCache(1024);

    public LocationService(BindingRepository repository, BindingRules rules, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.clock = clock;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** Loads the unexpired bindings stored before the last stop. */
    public void load() {
        long now = clock.millis();
        repository.deleteExpired(now);
        byAor.clear();
        byContact.clear();
        List<Binding> stored = repository.loadUnexpired(now);
        for (Binding b : stored) {
            byAor.merge(b.aor(), List.of(b), LocationService::concat);
            byContact.put(b.contact(), b);
        }
        log.info("restored {} registrations of {} devices", stored.size(), byAor.size());
    }

    public RegisterOutcome register(RegisterRequest req) {
        RegisterRequest shared = new RegisterRequest(req.aor(), req.callId(), req.cseq(), req.sourceAddress(),
                req.sourcePort(), req.transport(), userAgents.shared(req.userAgent()), req.wildcard(), req.contacts());
        synchronized (lockFor(req.aor())) {
            List<Binding> current = byAor.getOrDefault(req.aor(), List.of());
            RegisterOutcome outcome = rules.apply(current, shared, clock.millis());
            if (outcome instanceof RegisterOutcome.Accepted accepted && !accepted.bindings().equals(current)) {
                repository.replace(req.aor(), accepted.bindings());
                replace(req.aor(), current, accepted.bindings());
            }
            return outcome;
        }
    }

    /** The unexpired binding whose contact URI is exactly this one, if any. */
    public Optional<Binding> byContact(String contact) {
        Binding b = byContact.get(contact);
        return b == null || b.expired(clock.millis()) ? Optional.empty() : Optional.of(b);
    }

    /** The device's unexpired bindings (empty when it is offline). */
    public List<Binding> bindings(String aor) {
        List<Binding> all = byAor.get(aor);
        if (all == null) {
            return List.of();
        }
        long now = clock.millis();
        return all.stream().allMatch(b -> !b.expired(now)) ? all : all.stream().filter(b -> !b.expired(now)).toList();
    }

    /** Every unexpired binding of every device, e.g. for keeping their NAT bindings open. */
    public List<Binding> allBindings() {
        long now = clock.millis();
        return byAor.values().stream().flatMap(List::stream).filter(b -> !b.expired(now)).toList();
    }

    public boolean online(String aor) {
        return !bindings(aor).isEmpty();
    }

    public int onlineCount() {
        long now = clock.millis();
        return (int) byAor.values().stream().filter(l -> l.stream().anyMatch(b -> !b.expired(now))).count();
    }

    /** Forgets a device's bindings, e.g. when it is removed from the directory. */
    public void removeAll(String aor) {
        synchronized (lockFor(aor)) {
            replace(aor, byAor.getOrDefault(aor, List.of()), List.of());
            repository.replace(aor, List.of());
        }
    }

    /** Drops expired bindings from memory and storage; returns how many devices went offline. */
    public int purgeExpired() {
        long now = clock.millis();
        int offline = 0;
        for (String aor : List.copyOf(byAor.keySet())) {
            synchronized (lockFor(aor)) {
                List<Binding> all = byAor.get(aor);
                if (all != null && all.stream().anyMatch(b -> b.expired(now))) {
                    List<Binding> live = all.stream().filter(b -> !b.expired(now)).toList();
                    replace(aor, all, live);
                    offline += live.isEmpty() ? 1 : 0;
                }
            }
        }
        repository.deleteExpired(now);
        return offline;
    }

    /** Swaps an AOR's bindings in both indexes; the caller holds the AOR's lock. */
    private void replace(String aor, List<Binding> old, List<Binding> now) {
        for (Binding b : old) {
            byContact.remove(b.contact(), b);
        }
        for (Binding b : now) {
            byContact.put(b.contact(), b);
        }
        if (now.isEmpty()) {
            byAor.remove(aor);
        } else {
            byAor.put(aor, now);
        }
    }

    private Object lockFor(String aor) {
        return locks[Math.floorMod(aor.hashCode(), LOCK_STRIPES)];
    }

    private static List<Binding> concat(List<Binding> a, List<Binding> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
