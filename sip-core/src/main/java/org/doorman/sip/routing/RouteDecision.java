package org.doorman.sip.routing;

import java.util.List;
import java.util.Objects;

/** The answer of {@link CallRouter}: which devices a call rings, or the SIP refusal to send back. */
public sealed interface RouteDecision {

    /**
     * Ring these devices at once, in this order (a room's main monitor first). Numbers are canonical
     * ("9901#1"), the same form the registrar keeps bindings under. {@code omitted} holds the devices
     * that matched but were left out because of sip.max-branches; empty when nothing was cut.
     */
    record Ring(List<String> deviceNumbers, CallKind kind, List<String> omitted) implements RouteDecision {
        public Ring {
            Objects.requireNonNull(kind, "kind");
            deviceNumbers = List.copyOf(deviceNumbers);
            omitted = List.copyOf(omitted);
            if (deviceNumbers.isEmpty()) {
                throw new IllegalArgumentException("a Ring decision needs at least one device");
            }
        }

        /** Whether sip.max-branches cut devices off this call. */
        public boolean capped() {
            return !omitted.isEmpty();
        }
    }

    /** Answer the INVITE with this final status and reason phrase. */
    record Refuse(int sipStatus, String reasonPhrase) implements RouteDecision {
        public Refuse {
            if (sipStatus < 400 || sipStatus > 699) {
                throw new IllegalArgumentException("a refusal is a SIP status from 400 to 699, not " + sipStatus);
            }
            if (reasonPhrase == null || reasonPhrase.isBlank()) {
                throw new IllegalArgumentException("a refusal needs a reason phrase");
            }
        }
    }
}
