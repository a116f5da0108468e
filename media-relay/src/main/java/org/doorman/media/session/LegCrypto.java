package org.doorman.media.session;

import org.doorman.media.srtp.SdesKey;

/**
 * The SDES keys of one leg of one stream: the peer's (it encrypts with it) and the relay's own (the
 * relay encrypts toward the peer with it); both null for plain RTP.
 */
public record LegCrypto(SdesKey peerKey, SdesKey ownKey) {
    public static final LegCrypto PLAIN = new LegCrypto(null, null);

    public LegCrypto {
        if ((peerKey == null) != (ownKey == null)) {
            throw new IllegalArgumentException("both keys or neither");
        }
        if (peerKey != null && peerKey.suite() != ownKey.suite()) {
            throw new IllegalArgumentException("both keys of a leg use the same suite");
        }
    }

    public boolean secure() {
        return peerKey != null;
    }
}
