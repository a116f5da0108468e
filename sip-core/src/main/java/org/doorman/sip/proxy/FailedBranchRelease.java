package org.doorman.sip.proxy;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.ObjectInUseException;
import javax.sip.TransactionState;
import javax.sip.message.Response;
import org.doorman.sip.handler.ResponseSink;

/**
 * Ends a branch's INVITE client transaction a few seconds after a failure (487 to a CANCEL, 486,
 * ...) answered it, instead of after Timer D's 32 s.
 *
 * Why: JAIN-SIP finds the INVITE a CANCEL is for by walking every client transaction it holds
 * (SIPTransactionStack.findCancelTransaction), and stray responses make it walk them too. In a
 * group call the cancelled losers' INVITEs made up most of that table (two per call, 32 s each), so
 * the cost of every CANCEL grew with the call rate times 32 s. Its own setTimerD refuses less than
 * 32 s, so the transaction is terminated from here. Kept for a while all the same, like Kamailio's
 * tm wait_timer (5 s) and RFC 3261's Timer K for non-INVITE: a failure retransmitted because the
 * ACK was lost (0.5, 1.5, 3.5 s after the first) is still absorbed and ACKed. A later one is a
 * stray, dropped; the device gives up at its Timer H, which ends nothing the call still needs.
 */
final class FailedBranchRelease {
    static final long LINGER_MS = 5000;

    private final ScheduledExecutorService timers;
    private final long lingerMs;

    FailedBranchRelease(ScheduledExecutorService timers, long lingerMs) {
        this.timers = timers;
        this.lingerMs = lingerMs;
    }

    /** The sink to give the branch's transaction: passes everything on, then schedules the release after a failure. */
    ResponseSink watching(ClientTransaction tx, ResponseSink sink) {
        return new ResponseSink() {
            @Override
            public void onResponse(Response response) {
                sink.onResponse(response);
                if (response.getStatusCode() >= 300) {
                    timers.schedule(() -> release(tx), lingerMs, TimeUnit.MILLISECONDS);
                }
            }

            @Override
            public void onTimeout() {
                sink.onTimeout();
            }
        };
    }

    /** Only a transaction still waiting out Timer D: over TCP the stack ended it already, and ending it twice miscounts. */
    private static void release(ClientTransaction tx) {
        if (tx.getState() == TransactionState.COMPLETED) {
            try {
                tx.terminate(); // the stack's transaction timer removes it within its next tick (500 ms)
            } catch (ObjectInUseException | RuntimeException ignored) {
                // left to Timer D: nothing is lost but memory for a while longer
            }
        }
    }
}
