package org.doorman.media.srtp;

import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;

/**
 * The crypto contexts of one direction and one protocol, one per SSRC (SRTP keeps replay and rollover
 * state per stream). Bounded, so a peer cycling SSRCs cannot grow it without end; the last stream used
 * is remembered, because a leg almost always carries one or two.
 */
final class SsrcContexts<C> {
    /** Derives a fresh context for an SSRC from the leg's master key. */
    @FunctionalInterface
    interface Derivation<C> {
        C derive(int ssrc) throws GeneralSecurityException;
    }

    private final String name;
    private final int capacity;
    private final Derivation<C> derivation;
    private final Map<Integer, C> bySsrc = new HashMap<>();
    private int lastSsrc;
    private C last;

    SsrcContexts(String name, int capacity, Derivation<C> derivation) {
        this.name = name;
        this.capacity = capacity;
        this.derivation = derivation;
    }

    /** The context kept for this SSRC, or null. */
    C get(int ssrc) {
        if (last != null && lastSsrc == ssrc) {
            return last;
        }
        C found = bySsrc.get(ssrc);
        if (found != null) {
            last = found;
            lastSsrc = ssrc;
        }
        return found;
    }

    /** Whether no further SSRC can be kept. */
    boolean full() {
        return bySsrc.size() >= capacity;
    }

    /** A new context for an SSRC, not kept yet. */
    C derive(int ssrc) throws GeneralSecurityException {
        return derivation.derive(ssrc);
    }

    /** Keeps a context for an SSRC not yet known; the caller checked {@link #full()}. */
    void keep(int ssrc, C context) {
        bySsrc.put(ssrc, context);
        last = context;
        lastSsrc = ssrc;
    }

    int capacity() {
        return capacity;
    }

    @Override
    public String toString() {
        return name;
    }
}
