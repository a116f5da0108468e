package org.doorman.sip.routing;

import java.time.Duration;
import java.util.Optional;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.sip.routing.RouteDecision.Ring;

/**
 * Whether an unanswered call goes on to the management centre, and after how long
 * (sip.forward-to-centre-after). The proxy runs the timer and, when it fires, cancels the branches
 * and routes the centre number through {@link CallRouter} from the same caller, so the Calling
 * Center Period and "no centre set up" apply to the forwarded call too.
 */
public final class CentreForwarding {
    private final Duration after;

    /** @param afterSeconds sip.forward-to-centre-after; 0 turns forwarding off */
    public CentreForwarding(int afterSeconds) {
        if (afterSeconds < 0) {
            throw new IllegalArgumentException("afterSeconds must not be negative, not " + afterSeconds);
        }
        this.after = Duration.ofSeconds(afterSeconds);
    }

    /** Only calls to a household (its room number) are forwarded; a dialled extension or device is not. */
    public static boolean eligible(CallKind kind) {
        return kind == CallKind.ROOM;
    }

    /**
     * How long to let this call ring before forwarding it, or empty to never forward. Only a door
     * station's call to a room qualifies: a visitor should reach the guard when nobody is home, while
     * a neighbour's call is not the guard's business and a centre's own call must not come back to it.
     */
    public Optional<Duration> delayFor(DeviceKind callerKind, Ring ring) {
        boolean forward = !after.isZero() && callerKind == DeviceKind.VTO && eligible(ring.kind());
        return forward ? Optional.of(after) : Optional.empty();
    }
}
