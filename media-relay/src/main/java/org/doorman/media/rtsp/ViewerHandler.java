package org.doorman.media.rtsp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.rtsp.RtspHeaderNames;
import io.netty.handler.codec.rtsp.RtspMethods;
import io.netty.handler.codec.rtsp.RtspResponseStatuses;
import io.netty.handler.codec.rtsp.RtspVersions;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.doorman.media.rtsp.auth.ViewerAuthenticator.Outcome;
import org.doorman.media.rtsp.codec.InterleavedFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One viewer's RTSP connection: answers OPTIONS, DESCRIBE (the camera's SDP with the relay's
 * controls), SETUP (interleaved or UDP per track), PLAY, PAUSE, TEARDOWN and keep-alives, after a
 * digest login for everything but OPTIONS. A connection holds at most one session, on one door; the
 * session ends with the connection.
 */
final class ViewerHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(ViewerHandler.class);
    private static final String PUBLIC = "OPTIONS, DESCRIBE, SETUP, PLAY, PAUSE, TEARDOWN, GET_PARAMETER, SET_PARAMETER";

    private final RelayContext context;
    private final String transportName;
    private final Map<Integer, TransportSpec> tracks = new HashMap<>();
    private CameraHub hub;
    private String sessionId;
    private String user;
    private ViewerOutlet outlet;
    private long ignoredFrames;

    ViewerHandler(RelayContext context, String transportName) {
        this.context = context;
        this.transportName = transportName;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof FullHttpRequest request) {
                onRequest(ctx, request);
            } else if (msg instanceof InterleavedFrame) {
                ignoredFrames++;
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void onRequest(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (request.decoderResult().isFailure()) {
            reply(ctx, request, RtspResponseStatuses.BAD_REQUEST, r -> { }).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        HttpMethod method = request.method();
        if (method.equals(RtspMethods.OPTIONS)) {
            reply(ctx, request, RtspResponseStatuses.OK, r -> r.headers().set(RtspHeaderNames.PUBLIC, PUBLIC));
            return;
        }
        if (!loggedIn(ctx, request)) {
            return;
        }
        if (method.equals(RtspMethods.DESCRIBE)) {
            describe(ctx, request);
        } else if (method.equals(RtspMethods.SETUP)) {
            setup(ctx, request);
        } else if (method.equals(RtspMethods.PLAY)) {
            play(ctx, request);
        } else if (method.equals(RtspMethods.PAUSE)) {
            inSession(ctx, request, this::stopSending);
        } else if (method.equals(RtspMethods.TEARDOWN)) {
            inSession(ctx, request, this::endSession);
        } else if (method.equals(RtspMethods.GET_PARAMETER) || method.equals(RtspMethods.SET_PARAMETER)) {
            reply(ctx, request, RtspResponseStatuses.OK, this::withSession);
        } else {
            reply(ctx, request, RtspResponseStatuses.NOT_IMPLEMENTED, r -> r.headers().set(RtspHeaderNames.PUBLIC, PUBLIC));
        }
    }

    private boolean loggedIn(ChannelHandlerContext ctx, FullHttpRequest request) {
        InetAddress from = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
        Outcome outcome = context.authenticator().check(request.headers().get(RtspHeaderNames.AUTHORIZATION),
                request.method().name(), from);
        if (outcome instanceof Outcome.LockedOut) {
            reply(ctx, request, RtspResponseStatuses.FORBIDDEN, r -> { });
            return false;
        }
        if (outcome instanceof Outcome.Accepted accepted) {
            if (user != null && !user.equals(accepted.user())) {
                reply(ctx, request, RtspResponseStatuses.FORBIDDEN, r -> { });
                return false;
            }
            user = accepted.user();
            return true;
        }
        Outcome.Refused refused = (Outcome.Refused) outcome;
        if (request.headers().contains(RtspHeaderNames.AUTHORIZATION)) {
            log.info("RTSP viewer {} refused: {}", ctx.channel().remoteAddress(), refused.reason());
        }
        reply(ctx, request, RtspResponseStatuses.UNAUTHORIZED, r -> r.headers().set(RtspHeaderNames.WWW_AUTHENTICATE,
                context.authenticator().challenge(refused.stale())));
        return false;
    }

    private void describe(ChannelHandlerContext ctx, FullHttpRequest request) {
        Optional<CameraHub> door = hubFor(ctx, request);
        if (door.isEmpty()) {
            return;
        }
        String base = ViewerPath.contentBase(request.uri(), door.get().door());
        FullHttpRequest kept = request.retainedDuplicate();
        door.get().described().orTimeout(context.tuning().describeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((sdp, failure) -> {
                    try {
                        if (failure != null) {
                            reply(ctx, kept, RtspResponseStatuses.SERVICE_UNAVAILABLE, r -> { });
                            return;
                        }
                        ByteBuf body = Unpooled.copiedBuffer(sdp.forViewers(), StandardCharsets.UTF_8);
                        reply(ctx, kept, RtspResponseStatuses.OK, body, r -> r.headers()
                                .set(RtspHeaderNames.CONTENT_BASE, base)
                                .set(RtspHeaderNames.CONTENT_TYPE, "application/sdp"));
                    } finally {
                        kept.release();
                    }
                }, ctx.executor());
    }

    /** The door a DESCRIBE or SETUP names, acquired for this connection; answers 404/455 itself when there is none. */
    private Optional<CameraHub> hubFor(ChannelHandlerContext ctx, FullHttpRequest request) {
        Optional<ViewerPath> path = ViewerPath.parse(request.uri());
        CameraHub named = path.map(p -> context.hubs().get(p.door())).orElse(null);
        if (named == null) {
            reply(ctx, request, RtspResponseStatuses.NOT_FOUND, r -> { });
            return Optional.empty();
        }
        if (hub != null && hub != named) {
            reply(ctx, request, RtspResponseStatuses.METHOD_NOT_VALID, r -> { });
            return Optional.empty();
        }
        if (hub == null) {
            hub = named;
            hub.acquire();
        }
        return Optional.of(hub);
    }

    private void setup(ChannelHandlerContext ctx, FullHttpRequest request) {
        String given = request.headers().get(RtspHeaderNames.SESSION);
        if (given != null && !given.split(";")[0].strip().equals(sessionId)) {
            reply(ctx, request, RtspResponseStatuses.SESSION_NOT_FOUND, r -> { });
            return;
        }
        Optional<ViewerPath> path = ViewerPath.parse(request.uri());
        Optional<CameraHub> door = hubFor(ctx, request);
        if (door.isEmpty()) {
            return;
        }
        CameraSdp sdp = door.get().currentDescription();
        int track = path.get().track().orElse(0);
        if (sdp == null || track >= sdp.tracks()) {
            reply(ctx, request, sdp == null ? RtspResponseStatuses.METHOD_NOT_VALID : RtspResponseStatuses.NOT_FOUND,
                    r -> { });
            return;
        }
        Optional<TransportSpec> spec = TransportSpec.choose(request.headers().get(RtspHeaderNames.TRANSPORT), track);
        if (spec.isEmpty()) {
            reply(ctx, request, RtspResponseStatuses.UNSUPPORTED_TRANSPORT, r -> { });
            return;
        }
        tracks.put(track, spec.get());
        if (sessionId == null) {
            byte[] id = new byte[8];
            new SecureRandom().nextBytes(id);
            sessionId = HexFormat.of().formatHex(id);
        }
        String transport = spec.get().responseHeader(context.udp().rtpPort(), context.udp().rtcpPort());
        reply(ctx, request, RtspResponseStatuses.OK, r -> r.headers()
                .set(RtspHeaderNames.TRANSPORT, transport)
                .set(RtspHeaderNames.SESSION, sessionId + ";timeout=" + context.tuning().sessionTimeout().toSeconds()));
    }

    private void play(ChannelHandlerContext ctx, FullHttpRequest request) {
        inSession(ctx, request, c -> {
            if (outlet == null) {
                boolean udp = tracks.values().stream().anyMatch(t -> !t.tcp());
                outlet = new ViewerOutlet(sessionId, user, udp ? "udp" : transportName, c.channel(), tracks,
                        context.udp(), context.clock(), context.tuning().unwritableGrace());
                hub.addOutlet(outlet);
                log.info("RTSP viewer {} ({}) watching door {} over {}", user, c.channel().remoteAddress(), hub.door(),
                        udp ? "udp" : transportName);
            }
        });
    }

    /** Runs action for a request on this connection's session and answers 200, or 454 when the session is not ours. */
    private void inSession(ChannelHandlerContext ctx, FullHttpRequest request, Consumer<ChannelHandlerContext> action) {
        String given = request.headers().get(RtspHeaderNames.SESSION);
        if (sessionId == null || given == null || !given.split(";")[0].strip().equals(sessionId)) {
            reply(ctx, request, RtspResponseStatuses.SESSION_NOT_FOUND, r -> { });
            return;
        }
        action.accept(ctx);
        reply(ctx, request, RtspResponseStatuses.OK, this::withSession);
    }

    private void withSession(FullHttpResponse response) {
        if (sessionId != null) {
            response.headers().set(RtspHeaderNames.SESSION, sessionId);
        }
    }

    private void stopSending(ChannelHandlerContext ctx) {
        if (outlet != null) {
            hub.removeOutlet(outlet);
            outlet = null;
        }
    }

    private void endSession(ChannelHandlerContext ctx) {
        stopSending(ctx);
        tracks.clear();
        if (hub != null) {
            hub.release();
            hub = null;
        }
    }

    private ChannelFuture reply(ChannelHandlerContext ctx, FullHttpRequest request,
            HttpResponseStatus status, Consumer<FullHttpResponse> headers) {
        return reply(ctx, request, status, Unpooled.EMPTY_BUFFER, headers);
    }

    private ChannelFuture reply(ChannelHandlerContext ctx, FullHttpRequest request,
            HttpResponseStatus status, ByteBuf body, Consumer<FullHttpResponse> headers) {
        FullHttpResponse response = new DefaultFullHttpResponse(RtspVersions.RTSP_1_0, status, body);
        response.headers().set(RtspHeaderNames.CSEQ, request.headers().get(RtspHeaderNames.CSEQ, "0"))
                .set(RtspHeaderNames.SERVER, "doorman");
        if (body.isReadable()) {
            response.headers().set(RtspHeaderNames.CONTENT_LENGTH, body.readableBytes());
        }
        headers.accept(response);
        return ctx.writeAndFlush(response);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent && (outlet == null || tracks.values().stream().anyMatch(t -> !t.tcp()))) {
            ctx.close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.info("RTSP viewer {} dropped: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        endSession(ctx);
    }
}
