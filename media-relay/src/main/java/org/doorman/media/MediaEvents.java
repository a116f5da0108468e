package org.doorman.media;

import java.time.Instant;

/**
 * What the relay tells the rest of doorman. Called on the relay's I/O threads: implementations hand
 * the work on quickly and do not block; whatever they throw is logged and swallowed.
 */
public interface MediaEvents {
    /** A telephone-event digit (RFC 4733) that the peer of leg {@code from} sent, reported once per event. */
    void dtmf(String session, Leg from, char key, Instant at);

    /** The session carried no media for media.timeout seconds and has been released. */
    void timedOut(String session);

    /** Events nobody listens to. */
    MediaEvents NONE = new MediaEvents() {
        @Override
        public void dtmf(String session, Leg from, char key, Instant at) {
        }

        @Override
        public void timedOut(String session) {
        }
    };
}
