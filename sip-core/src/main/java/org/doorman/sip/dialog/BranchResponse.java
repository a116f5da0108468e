package org.doorman.sip.dialog;

/** A response that arrived on one forked branch: which branch, its status, and the message itself. */
public record BranchResponse(int branch, int status, Object message) {
    public boolean provisional() {
        return status < 200;
    }

    public boolean success() {
        return status >= 200 && status < 300;
    }
}
