package org.doorman.sip.dialog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Records what a call state asked for, as "verb:detail" strings; branches 0..n-1 exist. */
final class RecordingActions implements CallActions {
    final List<String> done = new ArrayList<>();
    private final int branches;
    private final Set<Integer> finished = new HashSet<>();
    BranchResponse best = new BranchResponse(1, 486, "486");

    RecordingActions(int branches) {
        this.branches = branches;
    }

    @Override public void forwardProvisional(BranchResponse r) { done.add("provisional:" + r.status()); }
    @Override public void forwardFinal(BranchResponse r) { done.add("final:" + r.status() + "@" + r.branch()); }
    @Override public void answerCaller(int status, String reason) { done.add("answer:" + status); }
    @Override public void cancelBranches(int keep) { done.add("cancel-except:" + keep); }
    @Override public void acceptAndHangUp(BranchResponse r) { done.add("hangup:" + r.branch()); }
    @Override public void ringCentreInstead() { done.add("ring-centre"); }
    @Override public void answered(int branch) { done.add("answered:" + branch); }
    @Override public void unanswered(CallResult result) { done.add("unanswered:" + result); }
    @Override public BranchResponse bestFailure() { return best; }

    @Override
    public boolean branchDone(int branch) {
        finished.add(branch);
        return finished.size() == branches;
    }
}
