package org.doorman.sip;

/** Protocol constants of RFC 3428 (SIP MESSAGE, instant messaging) that doorman's handlers use. */
public final class Rfc3428 {
    private Rfc3428() {}

    /**
     * Section 9: where the path MTU is not known and the transport has no congestion control (UDP),
     * a MESSAGE must not exceed 1300 bytes, so it is not fragmented.
     */
    public static final int MAX_SIZE_WITHOUT_CONGESTION_CONTROL = 1300;
}
