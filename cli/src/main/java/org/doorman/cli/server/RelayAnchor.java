package org.doorman.cli.server;

import java.nio.charset.StandardCharsets;
import org.doorman.media.Leg;
import org.doorman.media.MediaRefusedException;
import org.doorman.media.MediaRelay;
import org.doorman.sip.MediaAnchor;

/** Plugs the media relay into sip-core's MediaAnchor port: the caller's side is leg A, the callee's leg B. */
final class RelayAnchor implements MediaAnchor {
    private final MediaRelay relay;

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
    }

    // SDP is UTF-8 (RFC 4566 section 5): a device's names in o=/s= may use it.
    private static String text(byte[] sdp) {
        return new String(sdp, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String sdp) {
        return sdp.getBytes(StandardCharsets.UTF_8);
    }
}
