package org.doorman.registrar.location;

import java.util.List;

/** The result of a REGISTER: the bindings now current, or a SIP status refusing it. */
public sealed interface RegisterOutcome {
    /** Accepted; the AOR's current bindings go back in the 200 OK. */
    record Accepted(List<Binding> bindings) implements RegisterOutcome {}

    /** Refused with a SIP status and reason phrase. */
    record Refused(int status, String reason) implements RegisterOutcome {}
}
