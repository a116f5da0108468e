package org.doorman.media.session;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorman.media.Leg;
import org.doorman.media.srtp.SdesKey;
import org.doorman.media.srtp.SrtpSuite;

/**
 * The relay's own SDES keys in one session, one per leg, stream and suite, made when first needed and
 * then kept: a re-offer names the same keys, so media keeps flowing while it is negotiated.
 */
final class KeyRing {
    private record Slot(Leg leg, int stream, SrtpSuite suite) {
    }

    private final SecureRandom random;
    private final Map<Slot, SdesKey> keys = new HashMap<>();

    KeyRing(SecureRandom random) {
        this.random = random;
    }

    /** The relay's key for this slot, written with {@code tag} (the tag of the line it answers, or its own). */
    SdesKey own(Leg leg, int stream, SrtpSuite suite, int tag) {
        SdesKey k = keys.computeIfAbsent(new Slot(leg, stream, suite), s -> SdesKey.generate(1, suite, random));
        return k.tag() == tag ? k : new SdesKey(tag, suite, k.key(), k.salt());
    }

    /**
     * Forgets the relay's keys for a leg's stream, so the next ones are fresh. Needed when the peer
     * changes its key: the leg then gets a new SRTP context, which with the old relay key would
     * repeat keystream for packet indexes already used.
     */
    void renew(Leg leg, int stream) {
        keys.keySet().removeIf(slot -> slot.leg() == leg && slot.stream() == stream);
    }

    /** One key per suite, best first, tagged 1, 2, 3...: what the relay offers a leg. */
    List<SdesKey> offer(Leg leg, int stream) {
        List<SdesKey> offer = new ArrayList<>();
        for (SrtpSuite suite : SrtpSuite.values()) {
            offer.add(own(leg, stream, suite, suite.ordinal() + 1));
        }
        return offer;
    }
}
