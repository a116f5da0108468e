package org.doorman.media.rtsp.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/** One RTP or RTCP packet carried inside an RTSP connection (RFC 2326 §10.12): channel and payload. */
public final class InterleavedFrame extends DefaultByteBufHolder {
    private final int channel;

    public InterleavedFrame(int channel, ByteBuf payload) {
        super(payload);
        if (channel < 0 || channel > 255) {
            throw new IllegalArgumentException("an interleaved channel is 0 to 255, not " + channel);
        }
        this.channel = channel;
    }

    public int channel() {
        return channel;
    }

    /** The track a channel belongs to when channels are paired as RTP 2n, RTCP 2n+1. */
    public static int trackOf(int channel) {
        return channel / 2;
    }

    public static boolean isRtcp(int channel) {
        return channel % 2 == 1;
    }
}
