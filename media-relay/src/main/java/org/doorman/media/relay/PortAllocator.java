package org.doorman.media.relay;

import java.util.BitSet;

/**
 * Hands out even/odd UDP port pairs (RTP on the even port, RTCP on the next) from media.rtp-ports.
 * Next-fit: a freed pair is handed out again only after the rest of the range, so late packets of a
 * finished call do not land in a new one. Thread-safe.
 */
public final class PortAllocator {
    private final int firstEven;
    private final int pairs;
    private final BitSet used;
    private int cursor;
    private int inUse;

    public PortAllocator(int first, int last) {
        this.firstEven = first + (first & 1);
        this.pairs = Math.max(0, (last - firstEven + 1) / 2);
        this.used = new BitSet(pairs);
    }

    /** The even port of a free pair, now taken, or -1 when every pair is in use. */
    public synchronized int allocate() {
        for (int n = 0; n < pairs; n++) {
            int pair = (cursor + n) % pairs;
            if (!used.get(pair)) {
                used.set(pair);
                cursor = (pair + 1) % pairs;
                inUse++;
                return firstEven + 2 * pair;
            }
        }
        return -1;
    }

    /** Gives back the pair whose even port is {@code port}; giving back a free pair is ignored. */
    public synchronized void free(int port) {
        int pair = (port - firstEven) / 2;
        if (port < firstEven || (port - firstEven) % 2 != 0 || pair >= pairs || !used.get(pair)) {
            return;
        }
        used.clear(pair);
        inUse--;
    }

    /** Ports taken (two per pair). */
    public synchronized int portsInUse() {
        return 2 * inUse;
    }

    /** How many pairs the range holds. */
    public int pairs() {
        return pairs;
    }
}
