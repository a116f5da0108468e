package org.doorman.media.rtsp.codec;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.doorman.media.rtsp.Rfc2326;

/**
 * Sits in front of Netty's RtspDecoder on a connection that mixes RTSP messages with interleaved
 * binary frames: a '$' frame becomes an {@link InterleavedFrame}; anything else is cut at the end of
 * one whole RTSP message (header block plus Content-Length bytes) and handed on as a ByteBuf for the
 * RtspDecoder to parse. Only Content-Length is read here, because the RtspDecoder must never be
 * given the start of a binary frame. A header block or body beyond the limits closes the connection.
 */
public final class InterleavedSplitter extends ByteToMessageDecoder {
    private static final int FRAME_HEADER = 4;

    private final int maxHeaderBytes;
    private final int maxContentBytes;

    public InterleavedSplitter(int maxHeaderBytes, int maxContentBytes) {
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxContentBytes = maxContentBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws TooLongFrameException {
        skipBlankLines(in);
        if (!in.isReadable()) {
            return;
        }
        if (in.getByte(in.readerIndex()) == Rfc2326.INTERLEAVED_MAGIC) {
            decodeFrame(in, out);
        } else {
            decodeMessage(in, out);
        }
    }

    private static void skipBlankLines(ByteBuf in) {
        while (in.isReadable() && (in.getByte(in.readerIndex()) == '\r' || in.getByte(in.readerIndex()) == '\n')) {
            in.skipBytes(1);
        }
    }

    private static void decodeFrame(ByteBuf in, List<Object> out) {
        if (in.readableBytes() < FRAME_HEADER) {
            return;
        }
        int start = in.readerIndex();
        int length = in.getUnsignedShort(start + 2);
        if (in.readableBytes() < FRAME_HEADER + length) {
            return;
        }
        int channel = in.getUnsignedByte(start + 1);
        in.skipBytes(FRAME_HEADER);
        out.add(new InterleavedFrame(channel, in.readRetainedSlice(length)));
    }

    private void decodeMessage(ByteBuf in, List<Object> out) throws TooLongFrameException {
        int start = in.readerIndex();
        int headerEnd = headerEnd(in);
        if (headerEnd < 0) {
            if (in.readableBytes() > maxHeaderBytes) {
                throw new TooLongFrameException("RTSP header block longer than " + maxHeaderBytes + " bytes");
            }
            return;
        }
        if (headerEnd - start > maxHeaderBytes) {
            throw new TooLongFrameException("RTSP header block longer than " + maxHeaderBytes + " bytes");
        }
        long contentLength = contentLength(in.toString(start, headerEnd - start, StandardCharsets.ISO_8859_1));
        if (contentLength < 0 || contentLength > maxContentBytes) {
            throw new TooLongFrameException("RTSP body of " + contentLength + " bytes; at most " + maxContentBytes);
        }
        int total = headerEnd - start + (int) contentLength;
        if (in.readableBytes() >= total) {
            out.add(in.readRetainedSlice(total));
        }
    }

    /** The index just after the blank line that ends the header block, or -1 when it has not arrived. */
    private static int headerEnd(ByteBuf in) {
        for (int i = in.readerIndex(); i < in.writerIndex() - 1; i++) {
            if (in.getByte(i) != '\n') {
                continue;
            }
            if (in.getByte(i + 1) == '\n') {
                return i + 2;
            }
            if (i + 2 < in.writerIndex() && in.getByte(i + 1) == '\r' && in.getByte(i + 2) == '\n') {
                return i + 3;
            }
        }
        return -1;
    }

    /** The Content-Length of a header block, 0 when absent, -1 when unreadable. */
    static long contentLength(String headerBlock) {
        for (String line : headerBlock.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
                try {
                    return Long.parseLong(line.substring(colon + 1).strip());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return 0;
    }
}
