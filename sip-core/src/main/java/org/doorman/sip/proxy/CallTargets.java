package org.doorman.sip.proxy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Who a dialled number rings: the routing rules behind the proxy. */
public interface CallTargets {
    Decision resolve(String callerNumber, String dialled);

    /** The devices of the management centre, for a call forwarded there (same caller, same rules). */
    Decision centre(String callerNumber);

    /** The devices to ring, main monitor first, or a SIP refusal. */
    sealed interface Decision {
        /** Devices to ring; `forwardToCentreAfter` is set when the call goes on to the centre unanswered. */
        record Ring(List<String> devices, Optional<Duration> forwardToCentreAfter) implements Decision {
            public Ring(List<String> devices) {
                this(devices, Optional.empty());
            }
        }

        record Refuse(int status, String reason) implements Decision {}
    }
}
