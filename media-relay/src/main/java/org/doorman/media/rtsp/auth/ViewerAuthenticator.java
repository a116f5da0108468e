package org.doorman.media.rtsp.auth;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.doorman.media.rtsp.ViewerCredentials;

/**
 * Checks a viewer's RTSP digest (RFC 2617, MD5, with or without qop=auth) against the HA1s of
 * {@link ViewerCredentials}. Nonces carry their issue time and an HMAC, so none are stored; an old
 * one is answered with stale=true. Thread-safe.
 */
public final class ViewerAuthenticator {
    private final ViewerCredentials credentials;
    private final Clock clock;
    private final Duration nonceTtl;
    private final byte[] secret = new byte[32];

    public ViewerAuthenticator(ViewerCredentials credentials, Clock clock, Duration nonceTtl) {
        this.credentials = credentials;
        this.clock = clock;
        this.nonceTtl = nonceTtl;
        new SecureRandom().nextBytes(secret);
    }

    /** The WWW-Authenticate header value of a 401; stale says the nonce was only too old. */
    public String challenge(boolean stale) {
        return "Digest realm=\"" + credentials.realm() + "\", nonce=\"" + newNonce() + "\", algorithm=MD5"
                + (stale ? ", stale=true" : "");
    }

    /** The outcome of checking one Authorization header. */
    public sealed interface Outcome {
        /** The viewer proved to be this user. */
        record Accepted(String user) implements Outcome { }

        /** No, or wrong, credentials; stale when only the nonce had expired. */
        record Refused(boolean stale, String reason) implements Outcome { }

        /** The user is locked out from this address for now: no check was made. */
        record LockedOut(String user) implements Outcome { }
    }

    /** Checks the Authorization header of a request with this method from this address. */
    public Outcome check(String authorization, String method, InetAddress from) {
        if (authorization == null) {
            return new Outcome.Refused(false, "no credentials");
        }
        AuthHeader h = AuthHeader.parse(authorization);
        String user = h.param("username");
        String nonce = h.param("nonce");
        String uri = h.param("uri");
        String given = h.param("response");
        if (!h.scheme().equals("digest") || user == null || nonce == null || uri == null || given == null) {
            return new Outcome.Refused(false, "not a digest answer");
        }
        if (!credentials.realm().equals(h.param("realm"))) {
            return new Outcome.Refused(false, "wrong realm");
        }
        if (!credentials.mayTry(user, from)) {
            return new Outcome.LockedOut(user);
        }
        Optional<String> ha1 = credentials.ha1(user);
        if (ha1.isEmpty()) {
            return new Outcome.Refused(false, "user " + user + " may not watch video");
        }
        String expected = Digest.response(ha1.get(), nonce, method, uri, h.param("qop"), h.param("nc"), h.param("cnonce"));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            credentials.loginFailed(user, from);
            return new Outcome.Refused(false, "wrong password for " + user);
        }
        return switch (nonceAge(nonce)) {
            case FRESH -> new Outcome.Accepted(user);
            case STALE -> new Outcome.Refused(true, "stale nonce");
            case FORGED -> new Outcome.Refused(false, "nonce not issued here");
        };
    }

    private enum NonceAge { FRESH, STALE, FORGED }

    private String newNonce() {
        String issued = Long.toHexString(clock.millis());
        return issued + "." + mac(issued);
    }

    private NonceAge nonceAge(String nonce) {
        int dot = nonce.indexOf('.');
        if (dot < 0) {
            return NonceAge.FORGED;
        }
        String issued = nonce.substring(0, dot);
        if (!MessageDigest.isEqual(mac(issued).getBytes(StandardCharsets.US_ASCII),
                nonce.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return NonceAge.FORGED;
        }
        try {
            long age = clock.millis() - Long.parseLong(issued, 16);
            return age >= 0 && age <= nonceTtl.toMillis() ? NonceAge.FRESH : NonceAge.STALE;
        } catch (NumberFormatException e) {
            return NonceAge.FORGED;
        }
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
