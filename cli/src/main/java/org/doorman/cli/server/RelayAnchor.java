package org.doorman.cli.server;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.doorman.media.Leg;
import org.doorman.media.MediaRefusedException;
import org.doorman.media.MediaRelay;
import org.doorman.sip.MediaAnchor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plugs the media relay into sip-core's MediaAnchor port: the caller's side is leg A, the callee's leg B. */
final class RelayAnchor implements MediaAnchor {
    private static final Logger log = LoggerFactory.getLogger(RelayAnchor.class);
    private final MediaRelay relay;
    // Once per session, not per key: an unlock code is several keys.
    private final Set<String> warnedNoTelephoneEvent = ConcurrentHashMap.newKeySet();

    RelayAnchor(MediaRelay relay) {
        this.relay = relay;
    }

    static Leg leg(Side side) {
        return side == Side.CALLER ? Leg.A : Leg.B;
    }

    static Side side(Leg leg) {
        return leg == Leg.A ? Side.CALLER : Side.CALLEE;
    }

    @Override
    public byte[] offer(String session, Side from, byte[] sdp, boolean fromSecure, boolean toSecure) throws Refused {
        try {
            return bytes(relay.offer(session, leg(from), text(sdp), fromSecure, toSecure));
        } catch (MediaRefusedException e) {
            throw new Refused(e.status(), e.getMessage());
        }
    }

    @Override
    public byte[] answer(String session, Side from, byte[] sdp, boolean fromSecure, boolean toSecure) throws Refused {
        try {
            return bytes(relay.answer(session, leg(from), text(sdp), fromSecure, toSecure));
        } catch (MediaRefusedException e) {
            throw new Refused(e.status(), e.getMessage());
        }
    }

    @Override
    public void release(String session) {
        relay.release(session);
        warnedNoTelephoneEvent.remove(session);
    }

    @Override
    public void withholdKeys(String session, Side toward) {
        relay.withholdKeys(session, leg(toward));
    }

    @Override
    public boolean sendDtmf(String session, Side toward, char key) {
        boolean played = relay.sendDtmf(session, leg(toward), key);
        if (!played && warnedNoTelephoneEvent.add(session)) {
            log.warn("media session {}: key passed on by SIP INFO, not played as RFC 4733: the door station's SDP"
                    + " has no telephone-event (doors.<vto>.dtmf-to-door: rfc4733 needs it)", session);
        }
        return played;
    }

    // SDP is UTF-8 (RFC 4566 section 5): a device's names in o=/s= may use it.
    private static String text(byte[] sdp) {
        return new String(sdp, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String sdp) {
        return sdp.getBytes(StandardCharsets.UTF_8);
    }
}
