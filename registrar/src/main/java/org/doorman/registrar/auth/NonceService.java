package org.doorman.registrar.auth;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues digest nonces and checks them on return: expiry, authenticity and replay.
 *
 * <p>A nonce is base64url(issue time in ms, 8 bytes | 12 random bytes | HMAC-SHA256 of those 20 bytes): the
 * server keeps nothing per challenge, so 401s cost no memory and any thread, or an alternate server sharing the
 * secret, can check a nonce. Only nonces actually used are remembered, to refuse replays ({@link NonceTracker}).
 * Thread-safe.
 */
public final class NonceService {

    /** 128 bits, the usual floor for an HMAC key: every nonce handed out lets an attacker try keys offline. */
    public static final int MIN_SECRET_BYTES = 16;

    private static final String HMAC = "HmacSHA256";
    private static final int RANDOM_BYTES = 12;
    private static final int MAC_BYTES = 32;
    private static final int SIGNED_BYTES = Long.BYTES + RANDOM_BYTES;
    private static final int NONCE_BYTES = SIGNED_BYTES + MAC_BYTES;
    /** base64 without padding of NONCE_BYTES. */
    static final int NONCE_LENGTH = (NONCE_BYTES * 4 + 2) / 3;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final long ttlMillis;
    private final Clock clock;
    private final NonceTracker tracker;
    private final SecureRandom random = new SecureRandom();
    /** Mac is not thread-safe; one per thread spares every request a provider lookup and key set-up. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    /**
     * @param maxTrackedNonces how many used nonces to remember for replay protection; beyond that the oldest
     *     are forgotten and answered STALE, so size it above (REGISTERs per second x ttl seconds)
     */
    public NonceService(byte[] secret, Duration ttl, Clock clock, int maxTrackedNonces) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(ttl, "ttl");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("nonce secret must have at least " + MIN_SECRET_BYTES + " bytes, got "
                    + secret.length);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("nonce ttl must be positive, got " + ttl);
        }
        if (maxTrackedNonces < 1) {
            throw new IllegalArgumentException("maxTrackedNonces must be at least 1, got " + maxTrackedNonces);
        }
        this.key = new SecretKeySpec(secret, HMAC); // copies the secret
        this.ttlMillis = ttl.toMillis();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tracker = new NonceTracker(maxTrackedNonces, ttlMillis);
        newMac(); // fail at start-up, not on the first REGISTER
    }

    public String newNonce() {
        ByteBuffer b = ByteBuffer.allocate(NONCE_BYTES).putLong(clock.millis());
        byte[] r = new byte[RANDOM_BYTES];
        random.nextBytes(r);
        b.put(r).put(sign(b.array()));
        return ENCODER.encodeToString(b.array());
    }

    /**
     * @param ncHex the nc parameter when the client used qop (8 hex digits, must increase for each use of a
     *     nonce), or null without qop (the nonce may then be used once)
     */
    public NonceCheck check(String nonce, String ncHex) {
        long nc = ncHex == null ? 0 : parseNonceCount(ncHex);
        byte[] raw = decode(nonce);
        if (nc < 0 || raw == null
                || !MessageDigest.isEqual(sign(raw), Arrays.copyOfRange(raw, SIGNED_BYTES, NONCE_BYTES))) {
            return NonceCheck.INVALID;
        }
        long issuedAt = ByteBuffer.wrap(raw).getLong();
        long now = clock.millis();
        if (now - issuedAt > ttlMillis) {
            return NonceCheck.STALE;
        }
        return tracker.use(nonce, issuedAt, nc, now);
    }

    /** The nonce and nc of parsed credentials; nc counts only when qop was sent, as the response only covers it then. */
    public NonceCheck check(DigestCredentials c) {
        return check(c.nonce(), c.qop() == null ? null : c.nc());
    }

    int trackedNonces() {
        return tracker.size();
    }

    /** The count, or -1 unless exactly 8 hex digits and at least 1 (RFC 7616 section 3.4: counting starts at 1). */
    private static long parseNonceCount(String hex) {
        if (hex.length() != Rfc7616.NONCE_COUNT_DIGITS) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!HexFormat.isHexDigit(c)) { // ASCII only, unlike Character.digit
                return -1;
            }
            n = n * 16 + HexFormat.fromHexDigit(c);
        }
        return n == 0 ? -1 : n;
    }

    /** The raw bytes, or null when the text cannot be one of ours. */
    private static byte[] decode(String nonce) {
        if (nonce == null || nonce.length() != NONCE_LENGTH) {
            return null;
        }
        try {
            byte[] raw = DECODER.decode(nonce);
            // the decoder ignores the unused low bits of the last character; a nonce must have one spelling,
            // or the replay table could be dodged by re-spelling it
            return ENCODER.encodeToString(raw).equals(nonce) ? raw : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] sign(byte[] nonceBytes) {
        Mac mac = macs.get();
        mac.update(nonceBytes, 0, SIGNED_BYTES);
        return mac.doFinal();
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is unavailable, though every Java SE platform must provide it", e);
        }
    }
}
