package org.doorman.media.rtp;

/** Telephone-event payload (RFC 4733 section 2.3): event, end bit, volume, duration; events 0-15 are DTMF. */
public final class Rfc4733 {
    /** Event, E/R/volume, 16-bit duration. */
    public static final int PAYLOAD_LENGTH = 4;
    public static final int END_BIT = 0x80;
    private static final String KEYS = "0123456789*#ABCD";

    private Rfc4733() {
    }

    /** The DTMF key of an event code (RFC 4733 section 3.2), or 0 for codes that are not DTMF keys. */
    public static char key(int event) {
        return event >= 0 && event < KEYS.length() ? KEYS.charAt(event) : 0;
    }
}
