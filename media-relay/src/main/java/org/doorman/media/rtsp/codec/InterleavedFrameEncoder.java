package org.doorman.media.rtsp.codec;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import org.doorman.media.rtsp.Rfc2326;

/** Writes an {@link InterleavedFrame} as '$', channel, 16-bit length, payload; RTSP messages pass by it. */
@Sharable
public final class InterleavedFrameEncoder extends MessageToByteEncoder<InterleavedFrame> {
    public static final InterleavedFrameEncoder INSTANCE = new InterleavedFrameEncoder();

    private InterleavedFrameEncoder() {
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, InterleavedFrame frame, ByteBuf out) {
        ByteBuf payload = frame.content();
        int length = Math.min(payload.readableBytes(), 0xFFFF);
        out.writeByte(Rfc2326.INTERLEAVED_MAGIC);
        out.writeByte(frame.channel());
        out.writeShort(length);
        out.writeBytes(payload, payload.readerIndex(), length);
    }
}
