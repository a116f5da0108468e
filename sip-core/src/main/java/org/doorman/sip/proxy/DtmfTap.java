package org.doorman.sip.proxy;

import gov.nist.javax.sip.message.SIPRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import org.doorman.sip.DoorControl;
import org.doorman.sip.MediaAnchor.Side;
import org.doorman.sip.dialog.ActiveDialogs;
import org.doorman.sip.dialog.CallParties;
import org.doorman.sip.dialog.DtmfInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the DTMF keys of answered calls to door control, whether they came by SIP INFO or from the
 * media relay (RFC 4733), only when they come from an authenticated party of a call with a door
 * station: the other party's keys go to {@link DoorControl#dtmf} (unlock commands), the door
 * station's own keys to {@link DoorControl#keypad} (PIN punches, never an unlock). An INFO must come
 * from the address that party uses; media keys were already held to the party's address by the relay.
 * Called once per INFO transaction and once per media key, so a retransmission is not a second press.
 * A key for the door station is also passed on in the form it takes (doors.N.dtmf-to-door).
 */
public final class DtmfTap {
    private static final Logger log = LoggerFactory.getLogger(DtmfTap.class);
    /** doors.N.dtmf-to-door values. */
    public static final String TO_DOOR_INFO = "info";
    public static final String TO_DOOR_RFC4733 = "rfc4733";

    private final ActiveDialogs dialogs;
    private final AnchoredDialogs anchored;
    private final DoorControl doors;
    private final Clock clock;
    private final Function<String, String> toDoor;
    private final DoorInfo info;

    /** `toDoor` gives a door station's doors.N.dtmf-to-door setting. */
    public DtmfTap(ActiveDialogs dialogs, AnchoredDialogs anchored, DoorControl doors, Clock clock,
                   Function<String, String> toDoor, DoorInfo info) {
        this.dialogs = dialogs;
        this.anchored = anchored;
        this.doors = doors;
        this.clock = clock;
        this.toDoor = toDoor;
        this.info = info;
    }

    /**
     * Hands a DTMF INFO's key to door control under the rules; returns true when the key was instead played
     * to a door station as RFC 4733 (dtmf-to-door: rfc4733), so the INFO must not also reach it.
     */
    boolean inspect(Request request) {
        ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        byte[] raw = request.getRawContent();
        if (type == null || raw == null) {
            return false;
        }
        Optional<Character> key = DtmfInfo.key(type.getContentType() + "/" + type.getContentSubType(),
                new String(raw, StandardCharsets.UTF_8));
        if (key.isEmpty()) {
            return false;
        }
        String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        Optional<CallParties> call = dialogs.find(callId);
        String tag = ((FromHeader) request.getHeader(FromHeader.NAME)).getTag();
        Optional<CallParties.Party> sender = call.flatMap(c -> c.byTag(tag));
        if (sender.isEmpty()) {
            return false;
        }
        CallParties.Party from = sender.get();
        if (!from.doorStation() && !call.get().other(from).doorStation()) {
            return false; // not a call with a door station
        }
        String source = ((SIPRequest) request).getPeerPacketSourceAddress().getHostAddress();
        if (from.authenticated() && !source.equals(from.sourceIp())) {
            log.warn("call {}: DTMF {} claiming to be {} ignored: sent from {}, not {}", callId, key.get(),
                    from.number(), source, from.sourceIp());
            return false;
        }
        if (deliver(call.get(), from, key.get(), clock.instant()) && toDoor.apply(call.get().other(from).number())
                .equals(TO_DOOR_RFC4733)) {
            Side toward = from == call.get().caller() ? Side.CALLEE : Side.CALLER;
            return anchored.find(callId).map(d -> anchored.anchor().sendDtmf(d.session, toward, key.get()))
                    .orElse(false);
        }
        return false;
    }

    /**
     * A key the media relay decoded (RFC 4733) in `session`, sent by `side`. Only the session of an
     * answered call counts: a key in a ringing or losing branch's session, or after the BYE, is dropped.
     */
    public void fromMedia(String session, Side side, char key, Instant at) {
        Optional<AnchoredDialog> dialog = anchored.bySession(session);
        Optional<CallParties> call = dialog.flatMap(d -> dialogs.find(d.callId));
        if (call.isEmpty()) {
            log.debug("DTMF {} from session {} ignored: not an answered call", key, session);
            return;
        }
        CallParties.Party from = side == Side.CALLER ? call.get().caller() : call.get().answerer();
        if (deliver(call.get(), from, key, at) && toDoor.apply(call.get().other(from).number()).equals(TO_DOOR_INFO)) {
            info.send(dialog.get(), side == Side.CALLER ? Side.CALLEE : Side.CALLER, key);
        }
    }

    /**
     * A call was answered: a door station that takes keys by SIP INFO (dtmf-to-door: info) gets the other
     * party's RFC 4733 keys only that way, so the relay stops passing the events on to it.
     */
    public void callAnswered(String callId) {
        Optional<CallParties> call = dialogs.find(callId);
        Optional<AnchoredDialog> dialog = anchored.find(callId);
        if (call.isEmpty() || dialog.isEmpty()) {
            return;
        }
        for (CallParties.Party p : new CallParties.Party[] {call.get().caller(), call.get().answerer()}) {
            if (p.doorStation() && TO_DOOR_INFO.equals(toDoor.apply(p.number()))) {
                anchored.anchor().withholdKeys(dialog.get().session,
                        p == call.get().caller() ? Side.CALLER : Side.CALLEE);
            }
        }
    }

    /** Applies the rules; true when the key went to door control as the door station's other party's. */
    private boolean deliver(CallParties call, CallParties.Party from, char key, Instant at) {
        CallParties.Party to = call.other(from);
        if (!from.doorStation() && !to.doorStation()) {
            return false; // not a call with a door station
        }
        if (!from.authenticated()) {
            log.warn("call {}: DTMF {} claiming to be {} ignored: not authenticated", call.callId(), key, from.number());
            return false;
        }
        if (from.doorStation()) {
            // typed at the door station itself: a keypad key (PIN punches), never an unlock
            doors.keypad(call.callId(), from.number(), key, at);
            return false;
        }
        doors.dtmf(call.callId(), to.number(), from.number(), key, at);
        return true;
    }
}
