package org.doorman.media.rtsp;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.rtsp.RtspDecoder;
import io.netty.handler.codec.rtsp.RtspEncoder;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import org.doorman.media.rtsp.codec.InterleavedSplitter;

/** Assembles the pipeline of the relay's RTSP client connection to one camera. */
final class UpstreamInitializer extends ChannelInitializer<SocketChannel> {
    private final CameraHub hub;
    private final CameraSource source;
    private final RtspTuning tuning;

    UpstreamInitializer(CameraHub hub, CameraSource source, RtspTuning tuning) {
        this.hub = hub;
        this.source = source;
        this.tuning = tuning;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline().addLast(
                new IdleStateHandler(tuning.upstreamIdle().toMillis(), 0, 0, TimeUnit.MILLISECONDS),
                new InterleavedSplitter(tuning.maxHeaderSize(), tuning.maxContent()),
                new RtspDecoder(tuning.maxInitialLine(), tuning.maxHeaderSize(), tuning.maxContent()),
                new RtspEncoder(),
                new HttpObjectAggregator(tuning.maxContent()),
                new UpstreamHandler(hub, source, tuning));
    }
}
