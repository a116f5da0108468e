package org.doorman.sip.dialog;

/** One branch answered; the others were cancelled. A late 2xx from another branch is hung up. */
public final class Answered implements CallState {
    private final int winner;

    public Answered(int winner) {
        this.winner = winner;
    }

    public int winner() {
        return winner;
    }

    @Override
    public CallState onProvisional(CallActions actions, BranchResponse response) {
        return this;
    }

    @Override
    public CallState onSuccess(CallActions actions, BranchResponse response) {
        if (response.branch() == winner) {
            actions.forwardFinal(response); // a retransmitted 2xx: the caller may not have had the first
        } else {
            actions.branchDone(response.branch());
            actions.acceptAndHangUp(response);
        }
        return this;
    }

    @Override
    public CallState onFailure(CallActions actions, BranchResponse response) {
        actions.branchDone(response.branch()); // the 487 of a branch we cancelled
        return this;
    }

    @Override
    public CallState onCallerCancel(CallActions actions) {
        return this; // too late: the call is answered, the caller hangs up with BYE
    }

    @Override
    public CallState onForwardToCentre(CallActions actions) {
        throw new IllegalStateException("forwarding to the centre after the call was answered");
    }

    @Override
    public CallState onRingTimeout(CallActions actions) {
        throw new IllegalStateException("ring timeout after the call was answered");
    }
}
