package org.doorman.media;

/** An offer or answer the relay cannot carry (policy, unreadable SDP, no free ports): the SIP side answers {@link #status()}. */
public final class MediaRefusedException extends Exception {
    private final int status;

    public MediaRefusedException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    /** The SIP status to answer with: 488 for media that cannot be accepted, 503 when the relay has no ports left. */
    public int status() {
        return status;
    }

    /** 488 Not Acceptable Here with a reason a person can act on. */
    public static MediaRefusedException notAcceptable(String reason) {
        return new MediaRefusedException(488, reason);
    }
}
