package org.doorman.media.rtsp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Splitting a byte stream that mixes RTSP messages and '$' frames, and writing frames back. */
class InterleavedSplitterTest {
    private final EmbeddedChannel channel = new EmbeddedChannel(new InterleavedSplitter(256, 1024));

    private static ByteBuf bytes(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1);
    }

    private static ByteBuf frame(int channel, byte... payload) {
        ByteBuf b = Unpooled.buffer();
        b.writeByte('$').writeByte(channel).writeShort(payload.length).writeBytes(payload);
        return b;
    }

    @Test
    void aFrameBetweenTwoMessagesComesOutWhole() {
        String describe = "RTSP/1.0 200 OK\r\nCSeq: 2\r\nContent-Length: 5\r\n\r\nv=0\r\n";
        ByteBuf stream = Unpooled.wrappedBuffer(bytes(describe), frame(1, (byte) 0x80, (byte) 0xC8), bytes("RTSP/1.0 200 OK\r\nCSeq: 3\r\n\r\n"));
        channel.writeInbound(stream);
        ByteBuf first = channel.readInbound();
        assertEquals(describe, first.toString(StandardCharsets.ISO_8859_1), "header and its body, nothing more");
        first.release();
        InterleavedFrame f = channel.readInbound();
        assertEquals(1, f.channel());
        assertArrayEquals(new byte[] {(byte) 0x80, (byte) 0xC8}, ByteBufUtil.getBytes(f.content()));
        f.release();
        ByteBuf third = channel.readInbound();
        assertTrue(third.toString(StandardCharsets.ISO_8859_1).startsWith("RTSP/1.0 200 OK\r\nCSeq: 3"));
        third.release();
    }

    @Test
    void partsArrivingByteByByteWaitForTheWhole() {
        ByteBuf whole = frame(0, new byte[300]);
        while (whole.isReadable()) {
            channel.writeInbound(whole.readRetainedSlice(1));
            if (whole.isReadable()) {
                assertNull(channel.readInbound(), "nothing before the frame is complete");
            }
        }
        whole.release();
        InterleavedFrame f = channel.readInbound();
        assertEquals(300, f.content().readableBytes());
        f.release();
    }

    @Test
    void blankLinesBetweenMessagesAreSkipped() {
        channel.writeInbound(bytes("\r\n\r\nOPTIONS * RTSP/1.0\r\nCSeq: 1\r\n\r\n"));
        ByteBuf message = channel.readInbound();
        assertTrue(message.toString(StandardCharsets.ISO_8859_1).startsWith("OPTIONS"));
        message.release();
    }

    @Test
    void aHeaderBlockBeyondTheLimitIsRefused() {
        assertThrows(DecoderException.class, () -> channel.writeInbound(bytes("OPTIONS * RTSP/1.0\r\nX: " + "a".repeat(300))));
    }

    @Test
    void aBodyBeyondTheLimitIsRefused() {
        assertThrows(DecoderException.class,
                () -> channel.writeInbound(bytes("ANNOUNCE x RTSP/1.0\r\nContent-Length: 5000\r\n\r\n")));
        assertEquals(-1, InterleavedSplitter.contentLength("ANNOUNCE x RTSP/1.0\r\nContent-Length: lots\r\n"));
    }

    @Test
    void theEncoderWritesDollarChannelLengthPayload() {
        EmbeddedChannel out = new EmbeddedChannel(InterleavedFrameEncoder.INSTANCE);
        assertTrue(out.writeOutbound(new InterleavedFrame(3, Unpooled.wrappedBuffer(new byte[] {1, 2, 3}))));
        ByteBuf written = out.readOutbound();
        assertArrayEquals(new byte[] {'$', 3, 0, 3, 1, 2, 3}, ByteBufUtil.getBytes(written));
        written.release();
        assertFalse(out.finish());
    }

    @Test
    void channelsPairAsRtpThenRtcpPerTrack() {
        assertEquals(1, InterleavedFrame.trackOf(2));
        assertFalse(InterleavedFrame.isRtcp(2));
        assertTrue(InterleavedFrame.isRtcp(3));
        assertThrows(IllegalArgumentException.class, () -> new InterleavedFrame(256, Unpooled.EMPTY_BUFFER));
    }
}
