package org.doorman.media.rtp;

/** Telephone-event payload (RFC 4733 section 2.3): event, end bit, volume, duration; events 0-15 are DTMF. */
public final class Rfc4733 {
    /** Event, E/R/volume, 16-bit duration. */
    public static final int PAYLOAD_LENGTH = 4;
    public static final int END_BIT = 0x80;
    /** The clock telephone-events are sent with (RFC 4733 section 2.1: 8000 Hz is the common rate). */
    public static final int CLOCK_RATE = 8000;
    /** Power level, in -dBm0 (0 is loudest); 10 is what phones commonly send. */
    public static final int DEFAULT_VOLUME = 10;
    /** How many times the end packet is sent (section 2.5.1.4: three, for loss). */
    public static final int END_REPEATS = 3;
    private static final String KEYS = "0123456789*#ABCD";

    private Rfc4733() {
    }

    /** The DTMF key of an event code (RFC 4733 section 3.2), or 0 for codes that are not DTMF keys. */
    public static char key(int event) {
        return event >= 0 && event < KEYS.length() ? KEYS.charAt(event) : 0;
    }

    /** The event code of a DTMF key (lower-case a-d too), or -1 when it is not one. */
    public static int event(char key) {
        return KEYS.indexOf(Character.toUpperCase(key));
    }
}
