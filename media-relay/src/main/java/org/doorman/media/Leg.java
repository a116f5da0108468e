package org.doorman.media;

/** One side of a relayed session: A sent the session's first offer (the caller), B is the other side. */
public enum Leg {
    A, B;

    /** The side across the relay from this one. */
    public Leg other() {
        return this == A ? B : A;
    }
}
