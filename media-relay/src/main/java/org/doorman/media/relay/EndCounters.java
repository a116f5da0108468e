package org.doorman.media.relay;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counters of one leg of one stream. Written only by the session's event-loop thread (so a plain
 * read-add-lazySet is enough and costs no fence on the hot path), read by anyone for statistics.
 */
final class EndCounters {
    static final int PACKETS_IN = 0;
    static final int BYTES_IN = 1;
    static final int PACKETS_OUT = 2;
    static final int BYTES_OUT = 3;
    static final int REPORTS = 4;
    static final int FRACTION_LOST = 5;
    static final int CUMULATIVE_LOST = 6;
    static final int JITTER = 7;
    private static final int DROPS = 8;

    private final AtomicLongArray values = new AtomicLongArray(DROPS + DropReason.values().length);

    void received(int bytes) {
        add(PACKETS_IN, 1);
        add(BYTES_IN, bytes);
    }

    void sent(int bytes) {
        add(PACKETS_OUT, 1);
        add(BYTES_OUT, bytes);
    }

    void dropped(DropReason reason) {
        add(DROPS + reason.ordinal(), 1);
    }

    /** The latest reception report the peer sent about what it receives from the relay. */
    void report(int fractionLost, int cumulativeLost, long jitter) {
        add(REPORTS, 1);
        values.lazySet(FRACTION_LOST, fractionLost);
        values.lazySet(CUMULATIVE_LOST, cumulativeLost);
        values.lazySet(JITTER, jitter);
    }

    long get(int index) {
        return values.get(index);
    }

    long drops(DropReason reason) {
        return values.get(DROPS + reason.ordinal());
    }

    private void add(int index, long n) {
        values.lazySet(index, values.get(index) + n);
    }
}
