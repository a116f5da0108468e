package org.doorman.media;

import java.util.Arrays;
import org.doorman.media.srtp.LegCipher;

/**
 * A toy cipher for testing the relay's plumbing only (never security): payloads XORed with the first
 * key byte, and a one-byte tag appended that opening checks. SRTP itself is tested where it is built.
 */
final class XorCipher implements LegCipher {
    private final byte openKey;
    private final byte sealKey;

    XorCipher(byte openKey, byte sealKey) {
        this.openKey = openKey;
        this.sealKey = sealKey;
    }

    @Override
    public byte[] openRtp(byte[] packet, int length) {
        return open(packet, length, 12);
    }

    @Override
    public byte[] openRtcp(byte[] packet, int length) {
        return open(packet, length, 8);
    }

    @Override
    public byte[] sealRtp(byte[] packet, int length) {
        return seal(packet, length, 12);
    }

    @Override
    public byte[] sealRtcp(byte[] packet, int length) {
        return seal(packet, length, 8);
    }

    @Override
    public boolean secure() {
        return true;
    }

    private byte[] open(byte[] packet, int length, int header) {
        if (length <= header || packet[length - 1] != tag(packet, length - 1, openKey)) {
            return null;
        }
        byte[] plain = Arrays.copyOf(packet, length - 1);
        xor(plain, header, openKey);
        return plain;
    }

    private byte[] seal(byte[] packet, int length, int header) {
        byte[] sealed = Arrays.copyOf(packet, length + 1);
        xor(sealed, header, sealKey);
        sealed[length] = tag(sealed, length, sealKey);
        return sealed;
    }

    private static void xor(byte[] p, int from, byte key) {
        for (int i = from; i < p.length; i++) {
            p[i] ^= key;
        }
    }

    private static byte tag(byte[] p, int length, byte key) {
        byte t = key;
        for (int i = 0; i < length; i++) {
            t = (byte) (t * 31 + p[i]);
        }
        return t;
    }
}
