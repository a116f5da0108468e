package org.doorman.media.rtsp;

import java.time.Duration;

/** How long to wait before the next reconnect to a camera: first, then doubling up to max. Not thread-safe. */
public final class Backoff {
    private final Duration first;
    private final Duration max;
    private Duration next;

    public Backoff(Duration first, Duration max) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < first <= max, not " + first + " and " + max);
        }
        this.first = first;
        this.max = max;
        this.next = first;
    }

    /** The delay before this attempt; the following one waits twice as long, never more than max. */
    public Duration next() {
        Duration now = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return now;
    }

    /** Back to the first delay, once a connection has worked. */
    public void reset() {
        next = first;
    }
}
