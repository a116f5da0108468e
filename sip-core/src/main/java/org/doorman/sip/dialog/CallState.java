package org.doorman.sip.dialog;

/**
 * The state of a forked call at the proxy. Each event returns the next state; an event that cannot
 * happen in a state throws IllegalStateException.
 */
public sealed interface CallState permits Ringing, Answered, Ended {
    CallState onProvisional(CallActions actions, BranchResponse response);

    CallState onSuccess(CallActions actions, BranchResponse response);

    /** A final failure on a branch, including a branch that timed out (408). */
    CallState onFailure(CallActions actions, BranchResponse response);

    CallState onCallerCancel(CallActions actions);

    /** Nobody answered before sip.forward-to-centre-after: the call goes on to the centre. */
    CallState onForwardToCentre(CallActions actions);

    /** Nobody answered within the ringing time. */
    CallState onRingTimeout(CallActions actions);
}
