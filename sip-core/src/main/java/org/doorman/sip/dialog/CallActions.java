package org.doorman.sip.dialog;

/** What a call state may do to the world; the proxy implements it with SIP messages, tests with a recorder. */
public interface CallActions {
    /** Relays a 1xx (above 100) towards the caller. */
    void forwardProvisional(BranchResponse response);

    /** Relays a final response towards the caller. */
    void forwardFinal(BranchResponse response);

    /** Answers the caller with a response of our own, e.g. 487 after CANCEL. */
    void answerCaller(int status, String reason);

    /** Sends CANCEL on every branch still ringing except `keep` (-1 for none). */
    void cancelBranches(int keep);

    /**
     * Rings the management centre instead: new branches to its devices, the ringing ones cancelled and
     * no longer counted when choosing the answer. Nothing changes when no centre device is online.
     */
    void ringCentreInstead();

    /** Acknowledges and hangs up a 2xx that lost the race, so that device stops. */
    void acceptAndHangUp(BranchResponse lateSuccess);

    /** Marks the branch done; true when no branch is still ringing. */
    boolean branchDone(int branch);

    /** The best final failure among the branches (RFC 3261 16.7 step 6), once all are done. */
    BranchResponse bestFailure();

    /** Tells the call log who answered. */
    void answered(int branch);

    /** Tells the call log how the call ended before being answered. */
    void unanswered(CallResult result);
}
