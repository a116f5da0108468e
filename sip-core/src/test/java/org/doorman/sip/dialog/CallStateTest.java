package org.doorman.sip.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per transition of the forked-call state machine. */
class CallStateTest {
    private final RecordingActions actions = new RecordingActions(3);

    private static BranchResponse r(int branch, int status) {
        return new BranchResponse(branch, status, status + "@" + branch);
    }

    @Test
    void ringingRelaysRingingButNotTrying() {
        Ringing ringing = new Ringing();
        assertSame(ringing, ringing.onProvisional(actions, r(0, 100)));
        assertSame(ringing, ringing.onProvisional(actions, r(0, 180)));
        assertEquals(List.of("provisional:180"), actions.done);
    }

    @Test
    void ringingToAnsweredOnFirstSuccessCancelsTheOthers() {
        CallState next = new Ringing().onSuccess(actions, r(2, 200));
        assertEquals(2, assertInstanceOf(Answered.class, next).winner());
        assertEquals(List.of("final:200@2", "cancel-except:2", "answered:2"), actions.done);
    }

    @Test
    void ringingStaysWhileSomeBranchStillRings() {
        Ringing ringing = new Ringing();
        assertSame(ringing, ringing.onFailure(actions, r(0, 486)));
        assertSame(ringing, ringing.onFailure(actions, r(1, 480)));
        assertEquals(List.of(), actions.done);
    }

    @Test
    void ringingToEndedWhenEveryBranchFailedWithTheBestFailure() {
        Ringing ringing = new Ringing();
        ringing.onFailure(actions, r(0, 480));
        ringing.onFailure(actions, r(1, 486));
        CallState next = ringing.onFailure(actions, r(2, 408));
        assertInstanceOf(Ended.class, next);
        assertEquals(List.of("final:486@1", "unanswered:BUSY"), actions.done);
    }

    @Test
    void ringingToEndedOnCallerCancel() {
        assertInstanceOf(Ended.class, new Ringing().onCallerCancel(actions));
        assertEquals(List.of("cancel-except:-1", "answer:487", "unanswered:CANCELLED"), actions.done);
    }

    @Test
    void ringingToEndedOnRingTimeout() {
        assertInstanceOf(Ended.class, new Ringing().onRingTimeout(actions));
        assertEquals(List.of("cancel-except:-1", "answer:480", "unanswered:MISSED"), actions.done);
    }

    @Test
    void ringingRingsTheCentreInsteadAndKeepsRinging() {
        Ringing ringing = new Ringing();
        assertSame(ringing, ringing.onForwardToCentre(actions));
        assertEquals(List.of("ring-centre"), actions.done);
    }

    @Test
    void answeredRefusesForwardingToTheCentre() {
        assertThrows(IllegalStateException.class, () -> new Answered(0).onForwardToCentre(actions));
    }

    @Test
    void endedRefusesForwardingToTheCentre() {
        assertThrows(IllegalStateException.class, () -> new Ended().onForwardToCentre(actions));
    }

    @Test
    void answeredIgnoresLateProvisionals() {
        Answered answered = new Answered(1);
        assertSame(answered, answered.onProvisional(actions, r(0, 180)));
        assertEquals(List.of(), actions.done);
    }

    @Test
    void answeredHangsUpASecondSuccessThatRacedIn() {
        Answered answered = new Answered(1);
        assertSame(answered, answered.onSuccess(actions, r(0, 200)));
        assertEquals(List.of("hangup:0"), actions.done);
    }

    @Test
    void answeredRelaysTheWinnersRetransmittedSuccess() {
        Answered answered = new Answered(1);
        answered.onSuccess(actions, r(1, 200));
        assertEquals(List.of("final:200@1"), actions.done);
    }

    @Test
    void answeredAbsorbsTheCancelledBranchesFailures() {
        Answered answered = new Answered(1);
        assertSame(answered, answered.onFailure(actions, r(0, 487)));
        assertEquals(List.of(), actions.done);
    }

    @Test
    void answeredIgnoresACancelThatCameTooLate() {
        Answered answered = new Answered(1);
        assertSame(answered, answered.onCallerCancel(actions));
        assertEquals(List.of(), actions.done);
    }

    @Test
    void answeredRefusesARingTimeout() {
        assertThrows(IllegalStateException.class, () -> new Answered(1).onRingTimeout(actions));
    }

    @Test
    void endedHangsUpADeviceThatAnswersAfterwards() {
        Ended ended = new Ended();
        assertSame(ended, ended.onSuccess(actions, r(0, 200)));
        assertEquals(List.of("hangup:0"), actions.done);
    }

    @Test
    void endedIgnoresProvisionalsFailuresAndCancels() {
        Ended ended = new Ended();
        ended.onProvisional(actions, r(0, 180));
        ended.onFailure(actions, r(1, 487));
        ended.onCallerCancel(actions);
        assertEquals(List.of(), actions.done);
    }

    @Test
    void endedRefusesARingTimeout() {
        assertThrows(IllegalStateException.class, () -> new Ended().onRingTimeout(actions));
    }

    @Test
    void failureStatusesMapToCallLogResults() {
        assertEquals(CallResult.BUSY, CallResult.ofStatus(486));
        assertEquals(CallResult.REJECTED, CallResult.ofStatus(603));
        assertEquals(CallResult.MISSED, CallResult.ofStatus(408));
        assertEquals(CallResult.FAILED, CallResult.ofStatus(500));
    }
}
