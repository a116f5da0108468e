package org.doorman.sip.message;

import java.util.Optional;
import org.doorman.sip.proxy.FailureRank;

/**
 * The one answer to a MESSAGE sent to several contacts at once (RFC 3261 16.7, non-INVITE): the
 * first 2xx goes back at once; when every contact has failed, the best failure ({@link FailureRank});
 * when the delivery window closes first, the best failure so far, or 408. Decides exactly once;
 * later events get nothing. Thread-safe, no I/O.
 *
 * @param <R> the response message passed back (a SIP Response; anything in tests)
 */
public final class FirstSuccess<R> {
    /** What to answer: pass `response` on, or when it is null answer `status reason` ourselves. */
    public record Verdict<R>(int status, String reason, R response) {
        public boolean success() {
            return status >= 200 && status < 300;
        }
    }

    private final int branches;
    private int failed;
    private boolean decided;
    private Verdict<R> best;

    public FirstSuccess(int branches) {
        if (branches < 1) {
            throw new IllegalArgumentException("a MESSAGE goes to at least one contact, not " + branches);
        }
        this.branches = branches;
    }

    /** A final response (or a local failure with a null response) on one contact. */
    public synchronized Optional<Verdict<R>> onFinal(int status, String reason, R response) {
        if (status < 200) {
            throw new IllegalArgumentException("not a final status: " + status);
        }
        if (decided) {
            return Optional.empty();
        }
        Verdict<R> v = new Verdict<>(status, reason, response);
        if (v.success()) {
            return decide(v);
        }
        if (best == null || FailureRank.of(status) < FailureRank.of(best.status())) {
            best = v;
        }
        return ++failed == branches ? decide(best) : Optional.empty();
    }

    /** The delivery window closed: whatever is best now, or 408 when no contact answered at all. */
    public synchronized Optional<Verdict<R>> onWindowClosed() {
        if (decided) {
            return Optional.empty();
        }
        return decide(best != null ? best : new Verdict<>(408, "No Answer", null));
    }

    private Optional<Verdict<R>> decide(Verdict<R> v) {
        decided = true;
        return Optional.of(v);
    }
}
