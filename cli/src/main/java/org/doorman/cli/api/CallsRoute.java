package org.doorman.cli.api;

import org.doorman.sip.calls.CallTracker;

/** /api/calls: the calls in progress. (The call log is under /api/logs/call, see {@link LogsRoute}.) */
public final class CallsRoute implements Route {
    private final CallTracker tracker;

    public CallsRoute(CallTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        if (!"GET".equals(ex.method())) {
            throw new ApiException(405, null, "use GET");
        }
        ex.send(200, tracker.live());
    }
}
