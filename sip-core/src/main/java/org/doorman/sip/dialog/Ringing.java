package org.doorman.sip.dialog;

/** Branches are ringing; the first 2xx wins, and if all fail the best failure goes back. */
public final class Ringing implements CallState {
    @Override
    public CallState onProvisional(CallActions actions, BranchResponse response) {
        if (response.status() > 100) {
            actions.forwardProvisional(response);
        }
        return this;
    }

    @Override
    public CallState onSuccess(CallActions actions, BranchResponse response) {
        actions.branchDone(response.branch());
        actions.forwardFinal(response);
        actions.cancelBranches(response.branch());
        actions.answered(response.branch());
        return new Answered(response.branch());
    }

    @Override
    public CallState onFailure(CallActions actions, BranchResponse response) {
        if (!actions.branchDone(response.branch())) {
            return this;
        }
        BranchResponse best = actions.bestFailure();
        actions.forwardFinal(best);
        actions.unanswered(CallResult.ofStatus(best.status()));
        return new Ended();
    }

    @Override
    public CallState onCallerCancel(CallActions actions) {
        actions.cancelBranches(-1);
        actions.answerCaller(487, "Request Terminated");
        actions.unanswered(CallResult.CANCELLED);
        return new Ended();
    }

    @Override
    public CallState onForwardToCentre(CallActions actions) {
        actions.ringCentreInstead();
        return this;
    }

    @Override
    public CallState onRingTimeout(CallActions actions) {
        actions.cancelBranches(-1);
        actions.answerCaller(480, "No Answer");
        actions.unanswered(CallResult.MISSED);
        return new Ended();
    }
}
