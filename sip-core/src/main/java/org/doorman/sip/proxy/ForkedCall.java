package org.doorman.sip.proxy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Predicate;
import javax.sip.ClientTransaction;
import javax.sip.ServerTransaction;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.sip.MediaAnchor;
import org.doorman.sip.SipContext;
import org.doorman.sip.dialog.ActiveDialogs;
import org.doorman.sip.dialog.Answered;
import org.doorman.sip.dialog.BranchResponse;
import org.doorman.sip.dialog.CallActions;
import org.doorman.sip.dialog.CallParties;
import org.doorman.sip.dialog.CallResult;
import org.doorman.sip.dialog.CallState;
import org.doorman.sip.dialog.Ringing;
import org.doorman.sip.handler.ResponseSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INVITE forked to several devices (group call): feeds branch events to the call state and
 * carries out what the state decides with SIP messages. Events come from stack threads; the call
 * handles them one at a time.
 */
final class ForkedCall implements CallActions {
    private static final Logger log = LoggerFactory.getLogger(ForkedCall.class);

    private final SipContext sip;
    private final ProxyMessages messages;
    private final ServerTransaction server;
    private final Request invite;
    private final List<Branch> branches = new ArrayList<>();
    private final Ringer ringer;
    private final CallParties.Party caller;
    private final ActiveDialogs dialogs;
    private final Predicate<String> isDoorStation;
    private final CallObserver observer;
    private final AnchoredDialogs anchored;
    private final MediaLegs media;
    private final String callId;
    private CallState state = new Ringing();
    private ScheduledFuture<?> ringTimer;

    ForkedCall(SipContext sip, ProxyMessages messages, ServerTransaction server, Ringer ringer,
               CallObserver observer, CallParties.Party caller, ActiveDialogs dialogs,
               Predicate<String> isDoorStation, AnchoredDialogs anchored) {
        this.anchored = anchored;
        this.caller = caller;
        this.dialogs = dialogs;
        this.isDoorStation = isDoorStation;
        this.sip = sip;
        this.messages = messages;
        this.server = server;
        this.invite = server.getRequest();
        this.ringer = ringer;
        this.observer = observer;
        this.callId = ((CallIdHeader) invite.getHeader(CallIdHeader.NAME)).getCallId();
        this.media = new MediaLegs(anchored.anchor(), invite);
    }

    String callId() {
        return callId;
    }

    synchronized void ringTimer(ScheduledFuture<?> timer) {
        this.ringTimer = timer;
    }

    /**
     * Adds a branch per target, then rings them: every branch exists before any can fail at once (a
     * refused offer), so the first failure is not taken for the last.
     */
    synchronized void ring(List<Ringer.Target> targets) {
        List<Branch> added = new ArrayList<>();
        for (Ringer.Target t : targets) {
            Branch b = new Branch(branches.size(), t.device(), t.binding().transport());
            b.sourceIp = t.binding().sourceAddress();
            branches.add(b);
            added.add(b);
        }
        for (int i = 0; i < added.size(); i++) {
            ringer.ring(this, added.get(i), targets.get(i).binding());
        }
    }

    /**
     * Rewrites the offer of a branch's INVITE through its media session; false if the anchor refused
     * it, in which case the branch is not rung and counts as failed with the refusal's status.
     */
    synchronized boolean anchorOffer(Branch b, Request forwarded) throws java.text.ParseException {
        try {
            media.offer(b, forwarded);
            return true;
        } catch (MediaAnchor.Refused refused) {
            log.info("call {}: media toward {} refused: {} {}", callId, b.device, refused.status(),
                    refused.getMessage());
            onResponse(b, media.refusal(sip, forwarded, refused));
            return false;
        }
    }

    synchronized void onForwardTimeout() {
        if (state instanceof Ringing) {
            state = state.onForwardToCentre(this);
        }
    }

    /** The sink for one branch's client transaction. */
    ResponseSink sinkFor(Branch branch) {
        return new ResponseSink() {
            @Override
            public void onResponse(Response response) {
                ForkedCall.this.onResponse(branch, response);
            }

            @Override
            public void onTimeout() {
                ForkedCall.this.onResponse(branch, null);
            }
        };
    }

    synchronized void onResponse(Branch branch, Response received) {
        Response response;
        try {
            response = media.fromBranch(branch, received);
        } catch (MediaAnchor.Refused refused) {
            refuseAnswer(branch, received, refused);
            return;
        }
        int status = response == null ? Response.REQUEST_TIMEOUT : response.getStatusCode();
        BranchResponse br = new BranchResponse(branch.index, status, response);
        if (br.provisional()) {
            branch.provisional = true;
            if (branch.cancelWanted) {
                sendCancel(branch);
            }
            state = state.onProvisional(this, br);
            return;
        }
        if (!br.success()) {
            branch.finalResponse = response;
            media.release(branch);
        } else if (branch.answer == null) {
            branch.answer = response;
        }
        state = br.success() ? state.onSuccess(this, br) : state.onFailure(this, br);
        stopTimerUnlessRinging();
    }

    /**
     * The anchor refused the media of a branch's 2xx: a 2xx cannot be turned into a failure, so the
     * branch is acknowledged and hung up, and counts as failed with the refusal's status; the caller
     * hears it if no other branch answers.
     */
    private void refuseAnswer(Branch branch, Response ok, MediaAnchor.Refused refused) {
        log.warn("call {}: media of {}'s answer refused ({} {}): it is hung up", callId, branch.device,
                refused.status(), refused.getMessage());
        branch.answer = null;
        acceptAndHangUp(new BranchResponse(branch.index, ok.getStatusCode(), ok));
        onResponse(branch, media.refusal(sip, branch.transaction.getRequest(), refused));
    }

    synchronized void onCallerCancel() {
        state = state.onCallerCancel(this);
        stopTimerUnlessRinging();
    }

    synchronized void onRingTimeout() {
        if (state instanceof Ringing) {
            state = state.onRingTimeout(this);
        }
    }

    synchronized boolean answered() {
        return state instanceof Answered;
    }

    private void stopTimerUnlessRinging() {
        if (!(state instanceof Ringing) && ringTimer != null) {
            ringTimer.cancel(false);
        }
    }

    @Override
    public void forwardProvisional(BranchResponse response) {
        send(messages.upstream((Response) response.message()));
    }

    @Override
    public void forwardFinal(BranchResponse response) {
        if (response.message() == null) {
            answerCaller(response.status(), null);
        } else {
            send(messages.upstream((Response) response.message()));
        }
    }

    @Override
    public void answerCaller(int status, String reason) {
        try {
            Response r = sip.messages().createResponse(status, invite);
            if (reason != null) {
                r.setReasonPhrase(reason);
            }
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            if (to.getTag() == null) {
                to.setTag(Long.toHexString(Double.doubleToLongBits(Math.random())));
            }
            send(r);
        } catch (Exception e) {
            log.debug("could not answer caller of {}: {}", callId, e.toString());
        }
    }

    /** Cancels the branches and releases their media: the call no longer relays anything from them. */
    @Override
    public void cancelBranches(int keep) {
        cancel(keep);
        for (Branch b : branches) {
            if (b.index != keep) {
                media.release(b);
            }
        }
    }

    private void cancel(int keep) {
        for (Branch b : branches) {
            if (b.index != keep && !b.done) {
                if (b.provisional) {
                    sendCancel(b);
                } else {
                    b.cancelWanted = true; // RFC 3261 9.1: CANCEL only once the branch has answered provisionally
                }
            }
        }
    }

    @Override
    public void ringCentreInstead() {
        List<Ringer.Target> centre = ringer.centre();
        if (centre.isEmpty()) {
            log.info("call {}: not answered, and no centre is online to take it", callId);
            return;
        }
        int ringing = branches.size();
        cancel(-1); // their sessions stay until their final answers: one may still win the race
        for (int i = 0; i < ringing; i++) {
            branches.get(i).superseded = true;
        }
        log.info("call {}: not answered, forwarded to the centre", callId);
        ring(centre);
    }

    @Override
    public void acceptAndHangUp(BranchResponse lateSuccess) {
        Response ok = (Response) lateSuccess.message();
        Branch b = branches.get(lateSuccess.branch());
        media.release(b);
        try {
            sip.provider().sendRequest(messages.toAnswerer(ok, Request.ACK, b.transport));
            ClientTransaction bye = sip.provider().getNewClientTransaction(messages.toAnswerer(ok, Request.BYE, b.transport));
            bye.sendRequest();
            log.info("call {}: {} answered too late and was hung up", callId, b.device);
        } catch (Exception e) {
            log.warn("call {}: could not hang up the late answer of {}: {}", callId, b.device, e.toString());
        }
    }

    @Override
    public boolean branchDone(int branch) {
        Branch b = branches.get(branch);
        b.done = true;
        return branches.stream().allMatch(x -> x.done);
    }

    @Override
    public BranchResponse bestFailure() {
        Branch best = null;
        boolean anyCurrent = branches.stream().anyMatch(b -> !b.superseded && b.finalResponse != null);
        for (Branch b : branches) {
            if (b.finalResponse != null && (!anyCurrent || !b.superseded)
                    && (best == null || FailureRank.of(b.finalResponse.getStatusCode())
                    < FailureRank.of(best.finalResponse.getStatusCode()))) {
                best = b;
            }
        }
        return best == null ? new BranchResponse(-1, Response.REQUEST_TIMEOUT, null)
                : new BranchResponse(best.index, best.finalResponse.getStatusCode(), best.finalResponse);
    }

    @Override
    public void answered(int branch) {
        Branch b = branches.get(branch);
        anchored.answered(media.dialogOf(b, invite, Instant.now()));
        String tag = ((ToHeader) b.answer.getHeader(ToHeader.NAME)).getTag();
        dialogs.answered(new CallParties(callId, caller,
                new CallParties.Party(b.device, tag, b.sourceIp, isDoorStation.test(b.device), true)), Instant.now());
        observer.answered(callId, b.device);
    }

    @Override
    public void unanswered(CallResult result) {
        media.releaseAllBut(-1);
        observer.ended(callId, result);
    }

    private void sendCancel(Branch b) {
        b.cancelWanted = false;
        try {
            sip.provider().getNewClientTransaction(b.transaction.createCancel()).sendRequest();
        } catch (Exception e) {
            log.debug("call {}: CANCEL to {} failed: {}", callId, b.device, e.toString());
        }
    }

    private void send(Response r) {
        try {
            server.sendResponse(r);
        } catch (Exception e) {
            try {
                sip.provider().sendResponse(r); // the transaction is over (a retransmitted 2xx): relay statelessly
            } catch (Exception again) {
                log.debug("call {}: could not relay {}: {}", callId, r.getStatusCode(), again.toString());
            }
        }
    }
}
