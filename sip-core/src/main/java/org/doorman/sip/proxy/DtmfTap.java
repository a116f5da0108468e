package org.doorman.sip.proxy;

import gov.nist.javax.sip.message.SIPRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import org.doorman.sip.DoorControl;
import org.doorman.sip.dialog.ActiveDialogs;
import org.doorman.sip.dialog.CallParties;
import org.doorman.sip.dialog.DtmfInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to INFO requests inside answered calls and hands their DTMF key to door control, only
 * when it comes from an authenticated party of a call with a door station, from the address that
 * party uses: the other party's keys go to {@link DoorControl#dtmf} (unlock commands), the door
 * station's own keys to {@link DoorControl#keypad} (PIN punches, never an unlock). Called once per
 * INFO transaction, so a retransmitted INFO is not a second keypress.
 */
final class DtmfTap {
    private static final Logger log = LoggerFactory.getLogger(DtmfTap.class);
    private final ActiveDialogs dialogs;
    private final DoorControl doors;
    private final Clock clock;

    DtmfTap(ActiveDialogs dialogs, DoorControl doors, Clock clock) {
        this.dialogs = dialogs;
        this.doors = doors;
        this.clock = clock;
    }

    void inspect(Request info) {
        ContentTypeHeader type = (ContentTypeHeader) info.getHeader(ContentTypeHeader.NAME);
        byte[] raw = info.getRawContent();
        if (type == null || raw == null) {
            return;
        }
        Optional<Character> key = DtmfInfo.key(type.getContentType() + "/" + type.getContentSubType(),
                new String(raw, StandardCharsets.UTF_8));
        if (key.isEmpty()) {
            return;
        }
        String callId = ((CallIdHeader) info.getHeader(CallIdHeader.NAME)).getCallId();
        Optional<CallParties> call = dialogs.find(callId);
        String tag = ((FromHeader) info.getHeader(FromHeader.NAME)).getTag();
        Optional<CallParties.Party> sender = call.flatMap(c -> c.byTag(tag));
        if (sender.isEmpty()) {
            return;
        }
        CallParties.Party from = sender.get();
        CallParties.Party to = call.get().other(from);
        String source = ((SIPRequest) info).getPeerPacketSourceAddress().getHostAddress();
        if (!from.doorStation() && !to.doorStation()) {
            return; // not a call with a door station
        }
        if (!from.authenticated() || !source.equals(from.sourceIp())) {
            log.warn("call {}: DTMF {} claiming to be {} ignored: {}", callId, key.get(), from.number(),
                    from.authenticated() ? "sent from " + source + ", not " + from.sourceIp() : "not authenticated");
            return;
        }
        if (from.doorStation()) {
            // typed at the door station itself: a keypad key (PIN punches), never an unlock
            doors.keypad(callId, from.number(), key.get(), clock.instant());
            return;
        }
        doors.dtmf(callId, to.number(), from.number(), key.get(), clock.instant());
    }
}
