package org.doorman.registrar.auth;

/** What {@link NonceService#check} found, and so how the SIP layer answers. */
public enum NonceCheck {
    /** Ours, fresh, not seen with this nonce count before: go on. */
    VALID,
    /** Ours but expired (or forgotten under load): if the response was right, answer 401 with stale=true. */
    STALE,
    /** Not ours, altered, or malformed (including a bad nc): answer 401 with a fresh nonce. */
    INVALID,
    /** Ours and fresh but already used with this nc or a higher one: a replay, refuse it. */
    REPLAY
}
