package org.doorman.sip.proxy;

import java.util.List;

/** Who a dialled number rings: the routing rules behind the proxy. */
public interface CallTargets {
    Decision resolve(String callerNumber, String dialled);

    /** The devices to ring, main monitor first, or a SIP refusal. */
    sealed interface Decision {
        record Ring(List<String> devices) implements Decision {}

        record Refuse(int status, String reason) implements Decision {}
    }
}
