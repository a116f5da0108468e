package org.doorman.lock.unlock;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.doorman.conf.DoorConfig;

/**
 * The entry point for DTMF unlocks: the SIP side hands over each key the <em>other party</em> of a call
 * with a door station sends (a monitor or phone, whether it called or was called, RFC 4733 or SIP INFO),
 * and this opens lock 1 or 2 when the keys make that door station's first or second unlock command.
 *
 * <pre>{@code
 * // for each DTMF key received from the other party of a call with door station 8001:
 * dtmf.digit(callId, "8001", "9901", '4', Instant.now())
 *     .ifPresent(f -> f.thenAccept(r -> { if (r.opened()) { ... } }));
 * // when the call ends:
 * dtmf.callEnded(callId);
 * }</pre>
 *
 * <p>Rules: the commands and the digit timeout are doors.VTO.first-unlock-command,
 * .second-unlock-command (default 456) and .digit-timeout (default 3 s). Keys typed at the door station
 * itself never unlock: pass only the other party's keys; a key whose sender is the door station
 * ({@code otherPartyNumber} equals {@code vtoNumber}) is ignored. The unlock is logged as source DTMF
 * with the other party's number as "who".
 *
 * <p>Threading: thread-safe and never blocks on a lock or the database: {@link #digit} returns at once.
 * Keys of one call must be handed over in order (one SIP dialog is handled in order anyway); different
 * calls may come from different threads. The future completes on the lock's own thread.
 */
public final class DtmfUnlock {
    static final int MAX_CALLS = 1024;
    private final UnlockService unlocks;
    private final Function<String, DoorConfig> doorConfig;
    private final Map<String, CallKeys> calls = new ConcurrentHashMap<>();

    private record CallKeys(String vto, UnlockCommandMatcher matcher) {
    }

    /** @param doorConfig a door station's settings, e.g. {@code DoormanConfig::door} (defaults when not named) */
    public DtmfUnlock(UnlockService unlocks, Function<String, DoorConfig> doorConfig) {
        this.unlocks = unlocks;
        this.doorConfig = doorConfig;
    }

    /**
     * One DTMF key from the other party of a call with a door station.
     *
     * @param callId           the SIP Call-ID (or any key unique to the call)
     * @param vtoNumber        the door station in the call, e.g. "8001"
     * @param otherPartyNumber who sent the key, e.g. "9901" or "9901#1": logged as who unlocked
     * @param digit            0-9, * or #
     * @param at               when the key was received
     * @return empty while the keys do not (yet) make a command; otherwise the unlock now under way, whose
     *         result says whether the lock opened
     */
    public Optional<CompletableFuture<UnlockResult>> digit(String callId, String vtoNumber, String otherPartyNumber,
                                                           char digit, Instant at) {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(vtoNumber, "vtoNumber");
        Objects.requireNonNull(at, "at");
        if (vtoNumber.equals(otherPartyNumber)) {
            return Optional.empty();
        }
        if (calls.size() >= MAX_CALLS) {
            forgetIdle(at);
        }
        CallKeys keys = calls.compute(callId, (id, old) -> old != null && old.vto().equals(vtoNumber) ? old
                : new CallKeys(vtoNumber, matcherFor(vtoNumber)));
        OptionalInt lock;
        synchronized (keys) {
            lock = keys.matcher().digit(digit, at);
        }
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(unlocks.unlockAsync(vtoNumber, lock.getAsInt(), UnlockSource.DTMF, otherPartyNumber));
    }

    /** Forgets the call's keys; calls that are never ended are forgotten once idle past their digit timeout. */
    public void callEnded(String callId) {
        calls.remove(callId);
    }

    /** How many calls have keys remembered (for tests). */
    int remembered() {
        return calls.size();
    }

    private UnlockCommandMatcher matcherFor(String vto) {
        DoorConfig c = doorConfig.apply(vto);
        return new UnlockCommandMatcher(c.firstUnlockCommand(), c.secondUnlockCommand(),
                Duration.ofSeconds(c.digitTimeout()));
    }

    /** A call idle longer than the longest digit timeout has nothing pending, so dropping it loses nothing. */
    private void forgetIdle(Instant now) {
        Instant before = now.minusSeconds(30);
        calls.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Instant last = e.getValue().matcher().lastKey();
                return last == null || last.isBefore(before);
            }
        });
    }
}
