package org.doorman.sip.dialog;

import java.util.Optional;

/**
 * The two ends of an answered call as doorman saw them: device numbers, their dialog tags, and the
 * address each sends from (the caller's INVITE source, the answerer's registered source).
 */
public record CallParties(String callId, Party caller, Party answerer) {
    /**
     * One end of a call. `doorStation` is true for a VTO; `authenticated` when doorman checked its
     * credentials (a caller that answered the 407, an answerer reached through its registration).
     */
    public record Party(String number, String tag, String sourceIp, boolean doorStation, boolean authenticated) {}

    /** The party whose dialog tag this is (the From tag of a request it sends), if either. */
    public Optional<Party> byTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        if (tag.equals(caller.tag())) {
            return Optional.of(caller);
        }
        return tag.equals(answerer.tag()) ? Optional.of(answerer) : Optional.empty();
    }

    /** The other end of a party. */
    public Party other(Party p) {
        return p == caller ? answerer : caller;
    }
}
