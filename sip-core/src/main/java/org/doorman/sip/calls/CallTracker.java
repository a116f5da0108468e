package org.doorman.sip.calls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.doorman.sip.dialog.CallResult;
import org.doorman.sip.proxy.CallObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the live calls (for `doorman calls`) and writes each call to the call log when it ends:
 * unanswered at its final response, answered at its BYE.
 */
public final class CallTracker implements CallObserver {
    private static final Logger log = LoggerFactory.getLogger(CallTracker.class);

    /** A call in progress as `doorman calls` shows it. */
    public record LiveCall(String callId, String caller, String callee, List<String> ringing, Instant startedAt,
                           String answeredBy, Instant answeredAt) {
        LiveCall answer(String by, Instant at) {
            return new LiveCall(callId, caller, callee, ringing, startedAt, by, at);
        }
    }

    private final CallLogRepository repository;
    private final Clock clock;
    private final Map<String, LiveCall> live = new ConcurrentHashMap<>();

    public CallTracker(CallLogRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void started(String callId, String caller, String dialled, List<String> ringing) {
        live.put(callId, new LiveCall(callId, caller, dialled, List.copyOf(ringing), clock.instant(), null, null));
    }

    @Override
    public void answered(String callId, String answeredBy) {
        live.computeIfPresent(callId, (id, call) -> call.answer(answeredBy, clock.instant()));
    }

    @Override
    public void ended(String callId, CallResult result) {
        LiveCall call = live.remove(callId);
        if (call == null) {
            return;
        }
        CallResult recorded = call.answeredBy() != null ? CallResult.ANSWERED : result;
        try {
            repository.add(new CallRecord(0, callId, call.caller(), call.callee(), call.answeredBy(), call.startedAt(),
                    call.answeredAt(), clock.instant(), recorded));
        } catch (RuntimeException e) {
            log.warn("could not write call {} to the call log: {}", callId, e.getMessage());
        }
    }

    public List<LiveCall> live() {
        return live.values().stream().sorted(Comparator.comparing(LiveCall::startedAt)).toList();
    }

    /** Logs answered calls whose BYE never came (a device lost power) once they are older than `maxAge`. */
    public void expire(Duration maxAge) {
        Instant limit = clock.instant().minus(maxAge);
        live.values().stream().filter(c -> c.startedAt().isBefore(limit)).map(LiveCall::callId).toList()
                .forEach(id -> ended(id, CallResult.ANSWERED));
    }
}
