package org.doorman.sip.dialog;

/** The call attempt is over (failed, cancelled, timed out); a device that answers now is hung up. */
public final class Ended implements CallState {
    @Override
    public CallState onProvisional(CallActions actions, BranchResponse response) {
        return this;
    }

    @Override
    public CallState onSuccess(CallActions actions, BranchResponse response) {
        actions.branchDone(response.branch());
        actions.acceptAndHangUp(response);
        return this;
    }

    @Override
    public CallState onFailure(CallActions actions, BranchResponse response) {
        actions.branchDone(response.branch());
        return this;
    }

    @Override
    public CallState onCallerCancel(CallActions actions) {
        return this;
    }

    @Override
    public CallState onForwardToCentre(CallActions actions) {
        throw new IllegalStateException("forwarding to the centre after the call ended");
    }

    @Override
    public CallState onRingTimeout(CallActions actions) {
        throw new IllegalStateException("ring timeout after the call ended");
    }
}
