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
        actions.answered(response.branch()); // before the caller hears of it: its first INFO may follow at once
        actions.forwardFinal(response);
        actions.cancelBranches(response.branch());
        return new Answered(response.branch());
    }

    @Override
    public CallState onFailure(CallActions actions, BranchResponse response) {
        if (!actions.branchDone(response.branch())) {
            return this;
        }
        BranchResponse best = actions.bestFailure();
        actions.unanswered(CallResult.ofStatus(best.status())); // logged before the caller hears the answer
        actions.forwardFinal(best);
        return new Ended();
    }

    @Override
    public CallState onCallerCancel(CallActions actions) {
        actions.cancelBranches(-1);
        actions.unanswered(CallResult.CANCELLED);
        actions.answerCaller(487, "Request Terminated");
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
        actions.unanswered(CallResult.MISSED);
        actions.answerCaller(480, "No Answer");
        return new Ended();
    }
}
