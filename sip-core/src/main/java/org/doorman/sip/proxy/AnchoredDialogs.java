package org.doorman.sip.proxy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.doorman.sip.MediaAnchor;

/**
 * The answered calls' media sessions by Call-ID. Ending a call releases its session exactly once,
 * whichever way it ends (a BYE from either side, whatever its answer; or expiry when none came).
 */
public final class AnchoredDialogs {
    private static final int MAX = 10_000;
    private final Map<String, AnchoredDialog> byCallId = new ConcurrentHashMap<>();
    private final MediaAnchor anchor;

    public AnchoredDialogs(MediaAnchor anchor) {
        this.anchor = anchor;
    }

    MediaAnchor anchor() {
        return anchor;
    }

    /** Keeps the dialog; if too many are open, its session is released at once rather than leaked. */
    void answered(AnchoredDialog dialog) {
        if (byCallId.size() >= MAX) {
            anchor.release(dialog.session);
            return;
        }
        AnchoredDialog previous = byCallId.put(dialog.callId, dialog);
        if (previous != null && !previous.session.equals(dialog.session)) {
            anchor.release(previous.session);
        }
    }

    public Optional<AnchoredDialog> find(String callId) {
        return Optional.ofNullable(byCallId.get(callId));
    }

    /** The answered call whose session this is, if it is still going: not a losing or unanswered branch. */
    Optional<AnchoredDialog> bySession(String session) {
        int slash = session == null ? -1 : session.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return find(session.substring(0, slash)).filter(d -> d.session.equals(session));
    }

    /** The call is over: its session is released (once, however many times this is called). */
    public void ended(String callId) {
        AnchoredDialog d = byCallId.remove(callId);
        if (d != null) {
            anchor.release(d.session);
        }
    }

    /** Ends the calls answered before `limit` whose BYE never came (a device lost power). */
    public void expire(Instant limit) {
        byCallId.values().stream().filter(d -> d.since.isBefore(limit)).map(d -> d.callId).toList()
                .forEach(this::ended);
    }

    public int size() {
        return byCallId.size();
    }
}
