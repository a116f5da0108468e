package org.doorman.sip.message;

import gov.nist.javax.sip.message.SIPRequest;
import java.time.Clock;
import javax.sip.ServerTransaction;
import javax.sip.message.Response;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.location.LocationService;
import org.doorman.sip.DoorControl;
import org.doorman.sip.alarms.UnlockEventBody;
import org.doorman.sip.handler.Responder;
import org.doorman.sip.routing.DirectoryView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A door station's unlock event (it opened, or refused to open, one of its own locks) sent by MESSAGE to
 * the server: handed to door control for the unlock log and answered 200 once stored. Taken only from a
 * door station (VTO) registered from the address the MESSAGE came from, after the digest check every
 * MESSAGE passes in {@link MessageHandler}, as for alarms: anyone else gets 403 and nothing is logged.
 * An event that cannot be read gets 400 with the reason.
 */
public final class UnlockEventReceiver {
    private static final Logger log = LoggerFactory.getLogger(UnlockEventReceiver.class);

    private final Responder responder;
    private final DirectoryView directory;
    private final LocationService location;
    private final DoorControl doors;
    private final Clock clock;

    public UnlockEventReceiver(Responder responder, DirectoryView directory, LocationService location, DoorControl doors,
                               Clock clock) {
        this.responder = responder;
        this.directory = directory;
        this.location = location;
        this.doors = doors;
        this.clock = clock;
    }

    void receive(ServerTransaction server, SIPRequest request, String sender, UnlockEventBody.Reading reading) {
        if (directory.find(sender).filter(e -> e.kind() == DeviceKind.VTO).isEmpty()) {
            log.warn("unlock event from {}, which is not a door station: refused", sender);
            MessageHandler.answer(responder, server, Response.FORBIDDEN, "Only Door Stations Report Unlocks");
            return;
        }
        String source = request.getPeerPacketSourceAddress().getHostAddress();
        if (location.bindings(sender).stream().noneMatch(b -> source.equals(b.sourceAddress()))) {
            log.warn("unlock event from door station {} at {}, where it is not registered: refused", sender, source);
            MessageHandler.answer(responder, server, Response.FORBIDDEN, "Door Station Not Registered From This Address");
            return;
        }
        if (!reading.readable()) {
            log.info("unlock event from {} not read: {}", sender, reading.problem());
            MessageHandler.answer(responder, server, Response.BAD_REQUEST, reading.problem());
            return;
        }
        try {
            doors.doorStationUnlocked(sender, reading.event(), clock.instant());
        } catch (RuntimeException e) {
            log.warn("unlock event from {} could not be stored: {}", sender, e.toString());
            MessageHandler.answer(responder, server, Response.SERVER_INTERNAL_ERROR, "Unlock Event Not Stored");
            return;
        }
        MessageHandler.answer(responder, server, Response.OK, null);
    }
}
