package org.doorman.media.srtp;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * One SDES key (RFC 4568 section 9.1): the value of an a=crypto attribute, "TAG SUITE inline:KEY||SALT".
 * A lifetime is accepted and ignored (doorman never reaches 2^31 packets per call); lines with an MKI,
 * several keys or session parameters are not understood and {@link #parse} returns empty for them,
 * which makes the offerer's other lines (or plain RTP) be chosen instead.
 */
public record SdesKey(int tag, SrtpSuite suite, byte[] key, byte[] salt) {
    public SdesKey {
        if (tag < 0 || tag > 999_999_999) {
            throw new IllegalArgumentException("crypto tag out of range: " + tag);
        }
        if (key.length != suite.keyLength() || salt.length != suite.saltLength()) {
            throw new IllegalArgumentException(suite + " needs a " + suite.keyLength() + "-byte key and a "
                    + suite.saltLength() + "-byte salt");
        }
        key = key.clone();
        salt = salt.clone();
    }

    /** Reads "1 AES_CM_128_HMAC_SHA1_80 inline:BASE64[|lifetime]"; empty for what doorman cannot use. */
    public static Optional<SdesKey> parse(String attributeValue) {
        String[] parts = attributeValue.trim().split("\\s+");
        if (parts.length != 3 || !parts[0].matches("[0-9]{1,9}") || !parts[2].startsWith("inline:")) {
            return Optional.empty();
        }
        Optional<SrtpSuite> suite = SrtpSuite.byName(parts[1]);
        String[] keyParams = parts[2].substring("inline:".length()).split("\\|");
        if (suite.isEmpty() || keyParams.length > 2 || (keyParams.length == 2 && keyParams[1].contains(":"))) {
            return Optional.empty(); // unknown suite, or an MKI: not supported
        }
        byte[] material;
        try {
            material = Base64.getDecoder().decode(keyParams[0]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        SrtpSuite s = suite.get();
        if (material.length != s.keyLength() + s.saltLength()) {
            return Optional.empty();
        }
        return Optional.of(new SdesKey(Integer.parseInt(parts[0]), s, Arrays.copyOf(material, s.keyLength()),
                Arrays.copyOfRange(material, s.keyLength(), material.length)));
    }

    /** A fresh random key for this suite. */
    public static SdesKey generate(int tag, SrtpSuite suite, SecureRandom random) {
        byte[] key = new byte[suite.keyLength()];
        byte[] salt = new byte[suite.saltLength()];
        random.nextBytes(key);
        random.nextBytes(salt);
        return new SdesKey(tag, suite, key, salt);
    }

    /** The attribute value, without "a=crypto:". */
    public String toAttribute() {
        byte[] material = Arrays.copyOf(key, key.length + salt.length);
        System.arraycopy(salt, 0, material, key.length, salt.length);
        return tag + " " + suite.name() + " inline:" + Base64.getEncoder().encodeToString(material);
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SdesKey k && k.tag == tag && k.suite == suite && Arrays.equals(k.key, key)
                && Arrays.equals(k.salt, salt);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(key) + tag;
    }

    @Override
    public String toString() {
        return "SdesKey[" + tag + " " + suite + "]"; // never the key itself: it ends up in logs
    }
}
