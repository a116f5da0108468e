package org.doorman.registrar.location;

import java.util.List;

/** What the registrar needs from an authenticated REGISTER, independent of the SIP stack. */
public record RegisterRequest(
        String aor,
        String callId,
        long cseq,
        String sourceAddress,
        int sourcePort,
        String transport,
        String userAgent,
        boolean wildcard,
        List<ContactUpdate> contacts) {
    public RegisterRequest {
        contacts = List.copyOf(contacts);
        userAgent = userAgent == null ? "" : userAgent;
    }
}
