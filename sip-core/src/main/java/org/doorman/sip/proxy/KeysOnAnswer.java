package org.doorman.sip.proxy;

import java.util.List;
import org.doorman.sip.dialog.CallResult;

/**
 * Tells the DTMF tap that a call was answered before the call log hears it, so that a door station
 * taking keys by SIP INFO stops getting them in the media from the first key on.
 */
public final class KeysOnAnswer implements CallObserver {
    private final CallObserver next;
    private final DtmfTap dtmf;

    private KeysOnAnswer(CallObserver next, DtmfTap dtmf) {
        this.next = next;
        this.dtmf = dtmf;
    }

    public static CallObserver around(CallObserver next, DtmfTap dtmf) {
        return new KeysOnAnswer(next, dtmf);
    }

    @Override
    public void started(String callId, String caller, String dialled, List<String> ringing) {
        next.started(callId, caller, dialled, ringing);
    }

    @Override
    public void answered(String callId, String answeredBy) {
        dtmf.callAnswered(callId);
        next.answered(callId, answeredBy);
    }

    @Override
    public void ended(String callId, CallResult result) {
        next.ended(callId, result);
    }
}
