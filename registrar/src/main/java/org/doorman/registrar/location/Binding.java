package org.doorman.registrar.location;

/**
 * One registered contact of a device (RFC 3261 section 10), with where the REGISTER came from
 * (source address and port: the NAT-facing "received"/"rport" pair) and when it expires.
 */
public record Binding(
        String aor,
        String contact,
        long expiresAtMillis,
        String callId,
        long cseq,
        String sourceAddress,
        int sourcePort,
        String transport,
        String userAgent,
        float q) {

    public long expiresInSeconds(long nowMillis) {
        return Math.max(0, (expiresAtMillis - nowMillis + 999) / 1000);
    }

    public boolean expired(long nowMillis) {
        return expiresAtMillis <= nowMillis;
    }
}
