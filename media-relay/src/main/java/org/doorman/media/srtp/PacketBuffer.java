package org.doorman.media.srtp;

import org.jitsi.utils.ByteArrayBuffer;

/**
 * The window jitsi-srtp works in: one byte array, transformed in place. Reused for every packet of a
 * cipher so the hot path allocates nothing but the array it returns.
 */
final class PacketBuffer implements ByteArrayBuffer {
    private byte[] buffer = new byte[0];
    private int length;

    /** Points the window at {@code length} bytes of {@code array}, from its start. */
    PacketBuffer wrap(byte[] array, int length) {
        this.buffer = array;
        this.length = length;
        return this;
    }

    @Override
    public byte[] getBuffer() {
        return buffer;
    }

    @Override
    public int getOffset() {
        return 0;
    }

    @Override
    public int getLength() {
        return length;
    }

    @Override
    public void setLength(int len) {
        if (len < 0 || len > buffer.length) {
            throw new IllegalArgumentException("length " + len + " outside a " + buffer.length + "-byte buffer");
        }
        length = len;
    }

    @Override
    public void setOffset(int off) {
        // jitsi-srtp moves the offset only to insert a cryptex header, which doorman never asks for
        if (off != 0) {
            throw new UnsupportedOperationException("packets always start at offset 0");
        }
    }

    @Override
    public boolean isInvalid() {
        return false;
    }

    @Override
    public void readRegionToBuff(int off, int len, byte[] outBuf) {
        System.arraycopy(buffer, off, outBuf, 0, len);
    }

    @Override
    public void grow(int howMuch) {
        // callers size the array for the tag up front; growing is the rare fallback
        if (length + howMuch > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, length + howMuch);
        }
    }

    @Override
    public void append(byte[] data, int len) {
        grow(len);
        System.arraycopy(data, 0, buffer, length, len);
        length += len;
    }

    @Override
    public void shrink(int len) {
        length = Math.max(0, length - len);
    }
}
