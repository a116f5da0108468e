package org.doorman.media.bench;

import org.doorman.media.srtp.LegCipher;

/** The SRTP cipher the benchmarked relay uses: none until the SRTP cipher is merged. */
final class BenchCiphers {
    static final LegCipher.Factory FACTORY = (peer, own) -> {
        throw new UnsupportedOperationException("no SRTP cipher in this build");
    };

    private BenchCiphers() {
    }
}
