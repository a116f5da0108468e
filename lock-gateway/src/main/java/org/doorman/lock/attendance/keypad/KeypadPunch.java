package org.doorman.lock.attendance.keypad;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.doorman.conf.DoorConfig;
import org.doorman.lock.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PIN punches typed at a door station's own keypad during a call it is in: the SIP side hands over each
 * key the door station itself sends ({@code DoorControl.keypad}), and {@code *USERID#PIN#}
 * ({@link PinSequenceDecoder}) becomes a clock event by user ID and PIN at that door station, where
 * doors.VTO.clock-events is true. Keys are never unlock commands: this class has no access to the locks;
 * only the server's {@link Puncher} ({@link GuardedPinPunch}) may hold the door open after a stored punch,
 * as the attendance setting Keep Door Open says. A wrong PIN or unknown user is refused, logged and stored
 * nowhere.
 *
 * <p>The digit timeout is the door station's doors.VTO.digit-timeout (default 3 s).
 *
 * <p>Threading: thread-safe; keys of one call must be handed over in order. The punch itself (one
 * database transaction) runs on the caller's thread when the final {@code #} arrives.
 */
public final class KeypadPunch {
    private static final Logger log = LoggerFactory.getLogger(KeypadPunch.class);
    static final int MAX_CALLS = 1024;
    private final Function<String, DoorConfig> doorConfig;
    private final Puncher punches;
    private final Map<String, CallKeys> calls = new ConcurrentHashMap<>();

    /** Where a complete entry goes: {@link GuardedPinPunch}, around {@code ClockEventService.punchPin}. */
    @FunctionalInterface
    public interface Puncher {
        /** @throws RefusedException for an unknown user or a wrong PIN (or a punch the settings refuse) */
        void punchPin(int userId, String pin, String device);
    }

    private record CallKeys(String vto, PinSequenceDecoder decoder) {
    }

    public KeypadPunch(Function<String, DoorConfig> doorConfig, Puncher punches) {
        this.doorConfig = Objects.requireNonNull(doorConfig, "doorConfig");
        this.punches = Objects.requireNonNull(punches, "punches");
    }

    /**
     * One key typed at a door station.
     *
     * @return the entry punched (whether or not the clock event service accepted it), empty otherwise
     */
    public Optional<PinSequenceDecoder.PinEntry> key(String callId, String vtoNumber, char key, Instant at) {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(vtoNumber, "vtoNumber");
        Objects.requireNonNull(at, "at");
        DoorConfig config = doorConfig.apply(vtoNumber);
        if (config == null || !config.clockEvents()) {
            return Optional.empty();
        }
        if (calls.size() >= MAX_CALLS) {
            forgetIdle(at);
        }
        CallKeys keys = calls.compute(callId, (id, old) -> old != null && old.vto().equals(vtoNumber) ? old
                : new CallKeys(vtoNumber, new PinSequenceDecoder(Duration.ofSeconds(config.digitTimeout()))));
        Optional<PinSequenceDecoder.PinEntry> entry;
        synchronized (keys) {
            entry = keys.decoder().key(key, at);
        }
        entry.ifPresent(e -> punch(e, vtoNumber));
        return entry;
    }

    /** Forgets the call's keys; calls that are never ended are forgotten once idle. */
    public void callEnded(String callId) {
        calls.remove(callId);
    }

    int remembered() {
        return calls.size();
    }

    private void punch(PinSequenceDecoder.PinEntry e, String vto) {
        try {
            punches.punchPin(e.userId(), e.pin(), vto);
            log.info("door station {}: keypad PIN punch by user {}", vto, e.userId());
        } catch (RefusedException ex) {
            log.info("door station {}: keypad PIN punch by user {} refused: {}", vto, e.userId(), ex.getMessage());
        } catch (RuntimeException ex) {
            log.warn("door station {}: keypad PIN punch by user {} not stored", vto, e.userId(), ex);
        }
    }

    private void forgetIdle(Instant now) {
        Instant before = now.minusSeconds(30);
        calls.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Instant last = e.getValue().decoder().lastKey();
                return last == null || last.isBefore(before);
            }
        });
    }
}
