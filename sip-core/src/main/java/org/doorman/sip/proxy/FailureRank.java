package org.doorman.sip.proxy;

/**
 * Which final failure a forking proxy passes back when every branch failed (RFC 3261 16.7 step 6):
 * 6xx first, then busy and rejections, then other failures; timeouts and "not there" last.
 * Shared by forked calls and forked MESSAGEs.
 */
public final class FailureRank {
    private FailureRank() {}

    /** Lower is better to send back. */
    public static int of(int status) {
        if (status >= 600) {
            return 0;
        }
        return switch (status) {
            case 486 -> 1;
            case 403, 603 -> 2;
            case 408, 480, 487 -> 9;
            default -> status >= 500 ? 8 : 5;
        };
    }
}
