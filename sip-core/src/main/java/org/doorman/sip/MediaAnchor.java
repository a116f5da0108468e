package org.doorman.sip;

/**
 * The port through which the SIP core puts call media through the media relay (implemented outside
 * sip-core). One media session per call per forked branch, named by the SIP core: the caller's side
 * is {@link Side#CALLER}, the rung device's side {@link Side#CALLEE}. Every SDP body that crosses
 * the proxy inside such a session is handed here and the returned body is sent on instead.
 */
public interface MediaAnchor {
    /** Which party of the session a body came from. */
    enum Side { CALLER, CALLEE }

    /**
     * An SDP offer travelling from one side to the other (the INVITE's body for a branch, or a
     * re-INVITE / UPDATE offer inside the dialog).
     *
     * @param session the session name, e.g. the Call-ID and the branch index
     * @param from the side that sent the offer
     * @param sdp the body as received
     * @param fromSecure whether the sender's signalling leg is TLS (SDES keys may be read and written on it)
     * @param toSecure whether the receiver's signalling leg is TLS
     * @return the body to forward
     * @throws Refused when the policy cannot be met (e.g. SRTP required and a leg cannot do it)
     */
    byte[] offer(String session, Side from, byte[] sdp, boolean fromSecure, boolean toSecure) throws Refused;

    /** The SDP answer to the last offer, travelling back; same parameters as {@link #offer}. */
    byte[] answer(String session, Side from, byte[] sdp, boolean fromSecure, boolean toSecure) throws Refused;

    /** The session is over (BYE, CANCEL, a failed or losing branch): its ports are freed. Idempotent. */
    void release(String session);

    /**
     * Sends one DTMF key as RFC 4733 telephone-events into the session, toward one side (a door station
     * that takes its unlock code from the media, when the key arrived by SIP INFO). The default sends
     * nothing: no relay is in the path.
     *
     * @param session an answered call's session, as named in {@link #offer}
     * @param toward the side whose device receives the key
     * @param key one of 0-9, *, #, A-D
     * @return whether the key will be played (false: no relay, or that side negotiated no telephone-event)
     */
    default boolean sendDtmf(String session, Side toward, char key) {
        return false;
    }

    /**
     * RFC 4733 events in the session are no longer passed on to {@code toward}'s device (they are still
     * decoded for door control): it gets the keys as SIP INFO from the SIP core, and would otherwise hear
     * each key twice. The default does nothing: no relay is in the path.
     */
    default void withholdKeys(String session, Side toward) {
    }

    /** Media the policy does not allow, or a body the relay cannot read: the SIP core answers {@code status}. */
    final class Refused extends Exception {
        private final int status;

        public Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** No relay: bodies pass untouched. */
    MediaAnchor NONE = new MediaAnchor() {
        @Override
        public byte[] offer(String session, Side from, byte[] sdp, boolean fromSecure, boolean toSecure) {
            return sdp;
        }

        @Override
        public byte[] answer(String session, Side from, byte[] sdp, boolean fromSecure, boolean toSecure) {
            return sdp;
        }

        @Override
        public void release(String session) {
        }
    };
}
