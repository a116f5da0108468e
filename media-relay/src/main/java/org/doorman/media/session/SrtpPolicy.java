package org.doorman.media.session;

import java.util.Locale;

/** media.srtp: whether each leg must, may or must not carry SRTP (the manual's "Audio/Video Transmission Encryption"). */
public enum SrtpPolicy {
    /** Every leg carries SRTP; a leg that cannot is refused with 488. */
    REQUIRED,
    /** SRTP on each leg that can do it, plain RTP on the others: the relay bridges. */
    PREFERRED,
    /** Plain RTP on both legs; an offer that accepts nothing but SRTP (RTP/SAVP) is refused with 488. */
    OFF;

    /** Reads a media.srtp value (already validated by the configuration). */
    public static SrtpPolicy of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
