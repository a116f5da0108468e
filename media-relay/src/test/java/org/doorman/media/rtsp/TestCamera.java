package org.doorman.media.rtsp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.rtsp.RtspDecoder;
import io.netty.handler.codec.rtsp.RtspEncoder;
import io.netty.handler.codec.rtsp.RtspHeaderNames;
import io.netty.handler.codec.rtsp.RtspMethods;
import io.netty.handler.codec.rtsp.RtspResponseStatuses;
import io.netty.handler.codec.rtsp.RtspVersions;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorman.media.rtsp.auth.AuthHeader;
import org.doorman.media.rtsp.auth.Digest;
import org.doorman.media.rtsp.codec.InterleavedFrame;
import org.doorman.media.rtsp.codec.InterleavedFrameEncoder;
import org.doorman.media.rtsp.codec.InterleavedSplitter;

/**
 * A door-station camera for tests, on loopback: answers OPTIONS, DESCRIBE (behind a digest challenge,
 * realm "cam", like a Dahua VTO), SETUP (interleaved only), PLAY, GET_PARAMETER, and sends whatever
 * packets the test hands it to every playing client on channel 0.
 */
final class TestCamera implements AutoCloseable {
    static final String USER = "admin";
    static final String PASSWORD = "cam-secret";
    static final String PATH = "/cam/realmonitor?channel=1&subtype=0";
    private static final String REALM = "cam";
    private static final String NONCE = "f00dfeed";

    private final NioEventLoopGroup group = new NioEventLoopGroup(1);
    private final ChannelGroup playing = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final AtomicInteger describes = new AtomicInteger();
    private final AtomicInteger challenges = new AtomicInteger();
    private final String sdp;
    private final boolean basic;
    private final Channel server;

    TestCamera(int port, String sdp) throws InterruptedException {
        this(port, sdp, false);
    }

    /** basic: challenge for HTTP basic credentials instead of digest, as some older cameras do. */
    TestCamera(int port, String sdp, boolean basic) throws InterruptedException {
        this.sdp = sdp;
        this.basic = basic;
        this.server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        ch.pipeline().addLast(new InterleavedSplitter(8192, 8192), InterleavedFrameEncoder.INSTANCE,
                                new RtspDecoder(), new RtspEncoder(), new HttpObjectAggregator(8192), new Handler());
                    }
                }).bind(new InetSocketAddress("127.0.0.1", port)).sync().channel();
    }

    /** A door station's main stream with audio: H.264 video (channels 0-1) and G.711 A-law (channels 2-3). */
    static String videoAndAudioSdp() {
        return simpleSdp() + "m=audio 0 RTP/AVP 8\r\na=rtpmap:8 PCMA/8000\r\na=control:trackID=1\r\n";
    }

    /** A one-track H.264 description like a door station's. */
    static String simpleSdp() {
        return "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=door\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\na=control:*\r\n"
                + "m=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=control:trackID=0\r\n";
    }

    URI url() {
        return URI.create("rtsp://127.0.0.1:" + port() + PATH);
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** Sends one packet on an interleaved channel to every playing client. */
    void send(int channel, byte[] packet) {
        for (Channel ch : playing) {
            ch.writeAndFlush(new InterleavedFrame(channel, Unpooled.wrappedBuffer(packet)));
        }
    }

    int playingClients() {
        return playing.size();
    }

    int openConnections() {
        return connections.size();
    }

    int describes() {
        return describes.get();
    }

    int challenges() {
        return challenges.get();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        connections.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class Handler extends SimpleChannelInboundHandler<Object> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
            if (!(msg instanceof FullHttpRequest request)) {
                return;
            }
            FullHttpResponse response = new DefaultFullHttpResponse(RtspVersions.RTSP_1_0, RtspResponseStatuses.OK);
            response.headers().set(RtspHeaderNames.CSEQ, request.headers().get(RtspHeaderNames.CSEQ));
            if (request.method().equals(RtspMethods.OPTIONS)) {
                response.headers().set(RtspHeaderNames.PUBLIC, "OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN, GET_PARAMETER");
            } else if (!authorized(request)) {
                challenges.incrementAndGet();
                response.setStatus(RtspResponseStatuses.UNAUTHORIZED);
                response.headers().set(RtspHeaderNames.WWW_AUTHENTICATE, basic ? "Basic realm=\"" + REALM + "\""
                        : "Digest realm=\"" + REALM + "\", nonce=\"" + NONCE + "\"");
            } else if (request.method().equals(RtspMethods.DESCRIBE)) {
                describes.incrementAndGet();
                ByteBuf body = Unpooled.copiedBuffer(sdp, StandardCharsets.UTF_8);
                response = response.replace(body);
                response.headers().set(RtspHeaderNames.CONTENT_TYPE, "application/sdp")
                        .set(RtspHeaderNames.CONTENT_BASE, "rtsp://127.0.0.1:" + port() + PATH + "/")
                        .set(RtspHeaderNames.CONTENT_LENGTH, body.readableBytes());
            } else if (request.method().equals(RtspMethods.SETUP)) {
                response.headers().set(RtspHeaderNames.SESSION, "cam1;timeout=60")
                        .set(RtspHeaderNames.TRANSPORT, request.headers().get(RtspHeaderNames.TRANSPORT));
            } else if (request.method().equals(RtspMethods.PLAY)) {
                response.headers().set(RtspHeaderNames.SESSION, "cam1");
                ctx.writeAndFlush(response);
                playing.add(ctx.channel());
                return;
            }
            ctx.writeAndFlush(response);
        }

        private boolean authorized(FullHttpRequest request) {
            String header = request.headers().get(RtspHeaderNames.AUTHORIZATION);
            if (header == null) {
                return false;
            }
            AuthHeader h = AuthHeader.parse(header);
            if (basic) {
                return h.scheme().equals("basic") && h.token().equals(Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            String expected = Digest.response(Digest.ha1(USER, REALM, PASSWORD), NONCE, request.method().name(),
                    h.param("uri"), h.param("qop"), h.param("nc"), h.param("cnonce"));
            return expected.equals(h.param("response")) && USER.equals(h.param("username"));
        }
    }
}
