package org.doorman.sip.proxy;

import org.doorman.sip.dialog.CallResult;

/** Hears the life of each call through the proxy: the call log and the live-call table listen here. */
public interface CallObserver {
    /** A call attempt started: caller number, dialled number, the devices it rings. */
    void started(String callId, String caller, String dialled, java.util.List<String> ringing);

    void answered(String callId, String answeredBy);

    /** The attempt ended unanswered, or (after an answer) the call was hung up with `ANSWERED`. */
    void ended(String callId, CallResult result);

    CallObserver NONE = new CallObserver() {
        @Override public void started(String callId, String caller, String dialled, java.util.List<String> r) { }
        @Override public void answered(String callId, String answeredBy) { }
        @Override public void ended(String callId, CallResult result) { }
    };
}
