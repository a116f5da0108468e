package org.doorman.sip.calls;

import java.time.Duration;
import java.time.Instant;
import org.doorman.sip.dialog.CallResult;

/** One call in the call log: who called whom, who answered, when, and how it ended. */
public record CallRecord(long id, String callId, String caller, String callee, String answeredBy,
                         Instant startedAt, Instant answeredAt, Instant endedAt, CallResult result) {

    /** Talk time for an answered call, otherwise zero. */
    public Duration duration() {
        return answeredAt == null ? Duration.ZERO : Duration.between(answeredAt, endedAt);
    }
}
