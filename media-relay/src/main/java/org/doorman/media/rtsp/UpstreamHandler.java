package org.doorman.media.rtsp;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.rtsp.RtspHeaderNames;
import io.netty.handler.codec.rtsp.RtspMethods;
import io.netty.handler.codec.rtsp.RtspResponseStatuses;
import io.netty.handler.codec.rtsp.RtspVersions;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.doorman.media.rtsp.auth.CameraAuthorizer;
import org.doorman.media.rtsp.codec.InterleavedFrame;

/**
 * The relay's RTSP client session with one camera: OPTIONS, DESCRIBE (answering a digest or basic
 * challenge once per request), SETUP of every track interleaved on this connection, PLAY, then a
 * keep-alive (GET_PARAMETER when the camera lists it, else OPTIONS) at half the session timeout.
 * Interleaved packets go to the hub. Any failure closes the connection; the hub reconnects.
 */
final class UpstreamHandler extends ChannelInboundHandlerAdapter {
    private enum Step { OPTIONS, DESCRIBE, SETUP, PLAY, PLAYING }

    private final CameraHub hub;
    private final CameraSource source;
    private final RtspTuning tuning;
    private final CameraAuthorizer authorizer;
    private Step step = Step.OPTIONS;
    private int cseq;
    private HttpMethod lastMethod;
    private String lastUri;
    private boolean answeredChallenge;
    private boolean keepAliveWithGetParameter;
    private CameraSdp sdp;
    private int setupTrack;
    private String session;
    private int sessionTimeout = Rfc2326.DEFAULT_SESSION_TIMEOUT_SECONDS;
    private ScheduledFuture<?> deadline;
    private ScheduledFuture<?> keepAlive;
    private String failure = "connection closed";

    UpstreamHandler(CameraHub hub, CameraSource source, RtspTuning tuning) {
        this.hub = hub;
        this.source = source;
        this.tuning = tuning;
        this.authorizer = new CameraAuthorizer(source.user(), source.password());
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        deadline = ctx.executor().schedule(() -> fail(ctx, "no PLAY within " + tuning.describeTimeout()),
                tuning.describeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        send(ctx, RtspMethods.OPTIONS, source.url().toString());
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof InterleavedFrame frame) {
                if (step == Step.PLAYING) {
                    hub.onPacket(frame.channel(), frame.content());
                }
            } else if (msg instanceof FullHttpResponse response) {
                onResponse(ctx, response);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void onResponse(ChannelHandlerContext ctx, FullHttpResponse response) {
        if (step == Step.PLAYING || !String.valueOf(cseq).equals(response.headers().get(RtspHeaderNames.CSEQ))) {
            return;
        }
        int status = response.status().code();
        if (status == RtspResponseStatuses.UNAUTHORIZED.code() && !answeredChallenge
                && authorizer.challenged(response.headers().getAll(RtspHeaderNames.WWW_AUTHENTICATE))) {
            answeredChallenge = true;
            send(ctx, lastMethod, lastUri);
            return;
        }
        answeredChallenge = false;
        if (status != 200 && step != Step.OPTIONS) {
            fail(ctx, "camera answered " + response.status() + " to " + lastMethod);
            return;
        }
        switch (step) {
            case OPTIONS -> {
                String methods = response.headers().get(RtspHeaderNames.PUBLIC, "");
                keepAliveWithGetParameter = methods.contains(RtspMethods.GET_PARAMETER.name());
                step = Step.DESCRIBE;
                send(ctx, RtspMethods.DESCRIBE, source.url().toString());
            }
            case DESCRIBE -> described(ctx, response);
            case SETUP -> setUp(ctx, response);
            case PLAY -> playing(ctx);
            default -> { }
        }
    }

    private void described(ChannelHandlerContext ctx, FullHttpResponse response) {
        String base = response.headers().get(RtspHeaderNames.CONTENT_BASE,
                response.headers().get(RtspHeaderNames.CONTENT_LOCATION, source.url().toString()));
        try {
            sdp = CameraSdp.parse(response.content().toString(StandardCharsets.UTF_8), base);
        } catch (IllegalArgumentException e) {
            fail(ctx, e.getMessage());
            return;
        }
        step = Step.SETUP;
        setupTrack = 0;
        send(ctx, RtspMethods.SETUP, sdp.trackUrls().get(0));
    }

    private void setUp(ChannelHandlerContext ctx, FullHttpResponse response) {
        String header = response.headers().get(RtspHeaderNames.SESSION);
        if (header == null) {
            fail(ctx, "camera gave no Session in its SETUP answer");
            return;
        }
        String[] parts = header.split(";");
        session = parts[0].strip();
        for (String p : parts) {
            if (p.strip().startsWith("timeout=")) {
                try {
                    sessionTimeout = Math.max(2, Integer.parseInt(p.strip().substring("timeout=".length())));
                } catch (NumberFormatException e) {
                    sessionTimeout = Rfc2326.DEFAULT_SESSION_TIMEOUT_SECONDS;
                }
            }
        }
        setupTrack++;
        if (setupTrack < sdp.tracks()) {
            send(ctx, RtspMethods.SETUP, sdp.trackUrls().get(setupTrack));
        } else {
            step = Step.PLAY;
            send(ctx, RtspMethods.PLAY, sdp.sessionUrl());
        }
    }

    private void playing(ChannelHandlerContext ctx) {
        step = Step.PLAYING;
        deadline.cancel(false);
        long every = sessionTimeout * 1000L / 2;
        keepAlive = ctx.executor().scheduleAtFixedRate(() -> send(ctx,
                keepAliveWithGetParameter ? RtspMethods.GET_PARAMETER : RtspMethods.OPTIONS, sdp.sessionUrl()),
                every, every, TimeUnit.MILLISECONDS);
        hub.onPlaying(ctx.channel(), sdp);
    }

    private void send(ChannelHandlerContext ctx, HttpMethod method, String uri) {
        lastMethod = method;
        lastUri = uri;
        FullHttpRequest request = new DefaultFullHttpRequest(RtspVersions.RTSP_1_0, method, uri, Unpooled.EMPTY_BUFFER);
        request.headers().set(RtspHeaderNames.CSEQ, ++cseq).set(RtspHeaderNames.USER_AGENT, "doorman");
        String authorization = authorizer.authorization(method.name(), uri);
        if (authorization != null) {
            request.headers().set(RtspHeaderNames.AUTHORIZATION, authorization);
        }
        if (method == RtspMethods.DESCRIBE) {
            request.headers().set(RtspHeaderNames.ACCEPT, "application/sdp");
        }
        if (method == RtspMethods.SETUP) {
            request.headers().set(RtspHeaderNames.TRANSPORT,
                    "RTP/AVP/TCP;unicast;interleaved=" + 2 * setupTrack + "-" + (2 * setupTrack + 1));
        }
        if (session != null) {
            request.headers().set(RtspHeaderNames.SESSION, session);
        }
        ctx.writeAndFlush(request);
    }

    private void fail(ChannelHandlerContext ctx, String reason) {
        failure = reason;
        ctx.close();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            fail(ctx, "camera silent for " + tuning.upstreamIdle());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(ctx, cause.toString());
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (deadline != null) {
            deadline.cancel(false);
        }
        if (keepAlive != null) {
            keepAlive.cancel(false);
        }
        hub.onLost(ctx.channel(), failure);
    }
}
