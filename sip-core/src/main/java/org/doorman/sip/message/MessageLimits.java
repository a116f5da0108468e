package org.doorman.sip.message;

import java.time.Duration;
import java.util.Locale;
import org.doorman.sip.Rfc3428;

/** How large a MESSAGE body may be on each transport, and how long a MESSAGE waits for its answers. */
public final class MessageLimits {
    private MessageLimits() {}

    /**
     * RFC 3428's limit for UDP, held to the body: larger bodies get 513 Message Too Large over UDP
     * and need TCP. (The whole request is then a little over it; devices send far smaller texts.)
     */
    public static final int MAX_UDP_BODY = Rfc3428.MAX_SIZE_WITHOUT_CONGESTION_CONTROL;
    /** Over TCP: far more than any intercom text or alarm needs, and a bound on what we copy per contact. */
    public static final int MAX_STREAM_BODY = 16 * 1024;
    /**
     * How long a relayed or operator MESSAGE waits for a 2xx before the best answer so far goes back.
     * Shorter than the sender's own 32 s transaction timeout (64*T1), so it hears an answer from us
     * rather than giving up on its own when one contact is a stale registration that never answers.
     */
    public static final Duration DELIVERY_WINDOW = Duration.ofSeconds(10);

    /** Whether a body of this many bytes may travel on this transport ("UDP", "TCP", any case). */
    public static boolean fits(int bodyBytes, String transport) {
        boolean stream = transport != null && !transport.toUpperCase(Locale.ROOT).equals("UDP");
        return bodyBytes <= (stream ? MAX_STREAM_BODY : MAX_UDP_BODY);
    }
}
