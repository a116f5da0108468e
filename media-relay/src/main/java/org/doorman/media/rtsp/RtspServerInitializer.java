package org.doorman.media.rtsp;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.rtsp.RtspDecoder;
import io.netty.handler.codec.rtsp.RtspEncoder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.doorman.media.rtsp.codec.InterleavedFrameEncoder;
import org.doorman.media.rtsp.codec.InterleavedSplitter;

/** Assembles a viewer connection's pipeline: TLS for RTSPS, interleaved framing, Netty's RTSP codec, the viewer handler. */
final class RtspServerInitializer extends ChannelInitializer<SocketChannel> {
    private final RelayContext context;
    private final SSLContext tls;

    RtspServerInitializer(RelayContext context, SSLContext tlsOrNull) {
        this.context = context;
        this.tls = tlsOrNull;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        RtspTuning t = context.tuning();
        if (tls != null) {
            SSLEngine engine = tls.createSSLEngine();
            engine.setUseClientMode(false);
            // like SIP over TLS: TLS 1.3 and 1.2 only, whatever older versions the context would allow
            engine.setEnabledProtocols(Arrays.stream(engine.getSupportedProtocols())
                    .filter(p -> p.equals("TLSv1.3") || p.equals("TLSv1.2")).toArray(String[]::new));
            ch.pipeline().addLast(new SslHandler(engine));
        }
        ch.pipeline().addLast(
                new IdleStateHandler(t.sessionTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS),
                new InterleavedSplitter(t.maxHeaderSize(), t.maxContent()),
                InterleavedFrameEncoder.INSTANCE,
                new RtspDecoder(t.maxInitialLine(), t.maxHeaderSize(), t.maxContent()),
                new RtspEncoder(),
                new HttpObjectAggregator(t.maxContent()),
                new ViewerHandler(context, tls != null ? "tls" : "tcp"));
    }
}
