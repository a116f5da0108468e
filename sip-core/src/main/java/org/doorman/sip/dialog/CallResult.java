package org.doorman.sip.dialog;

/** How a call attempt ended, as the call log records it. */
public enum CallResult {
    ANSWERED, MISSED, BUSY, REJECTED, CANCELLED, FAILED, OUTSIDE_PERIOD;

    /** The result a final failure status means. */
    public static CallResult ofStatus(int status) {
        return switch (status) {
            case 486, 600 -> BUSY;
            case 603, 403 -> REJECTED;
            case 408, 480, 487 -> MISSED;
            default -> FAILED;
        };
    }
}
