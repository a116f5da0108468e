package org.doorman.media.rtsp;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.doorman.conf.MediaConfig;
import org.doorman.media.rtsp.auth.ViewerAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RTSP video relay: pulls each door station's camera once and serves it to many viewers at
 * {@code rtsp://HOST:RTSP-PORT/door/<vto>} (RTSP over TCP interleaved or UDP) and, with a TLS
 * context, {@code rtsps://HOST:RTSPS-PORT/door/<vto>}. Viewers log in with RTSP digest.
 */
public final class RtspRelay implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RtspRelay.class);

    private final EventLoopGroup group;
    private final Map<String, CameraHub> hubs;
    private final UdpPair udp;
    private final Channel rtsp;
    private final Channel rtsps;

    private RtspRelay(EventLoopGroup group, Map<String, CameraHub> hubs, UdpPair udp, Channel rtsp, Channel rtsps) {
        this.group = group;
        this.hubs = hubs;
        this.udp = udp;
        this.rtsp = rtsp;
        this.rtsps = rtsps;
    }

    /**
     * Starts on media.address at media.rtsp-port and, when tls is given and media.rtsps-port is not 0,
     * RTSPS at media.rtsps-port; cameras by door number (see {@link CameraSource#fromConfig}).
     */
    public static RtspRelay start(MediaConfig media, Map<String, CameraSource> cameras, ViewerCredentials viewers,
            SSLContext tlsOrNull, Clock clock) throws InterruptedException {
        InetSocketAddress plain = new InetSocketAddress(media.address(), media.rtspPort());
        InetSocketAddress secure = tlsOrNull == null || media.rtspsPort() == 0 ? null
                : new InetSocketAddress(media.address(), media.rtspsPort());
        if (tlsOrNull == null && media.rtspsPort() != 0) {
            log.warn("RTSPS is off: no TLS certificate was given to the RTSP relay");
        }
        return start(plain, secure, cameras, viewers, tlsOrNull, clock, RtspTuning.defaults());
    }

    /** Starts on explicit addresses (port 0: any free port); rtspsOrNull needs tls. */
    public static RtspRelay start(InetSocketAddress rtspAddress, InetSocketAddress rtspsOrNull,
            Map<String, CameraSource> cameras, ViewerCredentials viewers, SSLContext tls, Clock clock,
            RtspTuning tuning) throws InterruptedException {
        if (rtspsOrNull != null && tls == null) {
            throw new IllegalArgumentException("RTSPS needs a TLS context");
        }
        EventLoopGroup group = new NioEventLoopGroup(2, new DefaultThreadFactory("rtsp-relay", true));
        try {
            Bootstrap base = new Bootstrap().group(group);
            Map<String, CameraHub> hubs = new LinkedHashMap<>();
            cameras.forEach((door, source) -> hubs.put(door, new CameraHub(door, source, tuning, base)));
            InetAddress udpAddress = rtspAddress.getAddress();
            UdpPair udp = UdpPair.bind(group, udpAddress);
            RelayContext context = new RelayContext(Map.copyOf(hubs), new ViewerAuthenticator(viewers, clock,
                    tuning.nonceTtl()), udp, tuning, clock);
            Channel plain = listen(group, rtspAddress, new RtspServerInitializer(context, null), tuning);
            Channel secure = rtspsOrNull == null ? null
                    : listen(group, rtspsOrNull, new RtspServerInitializer(context, tls), tuning);
            log.info("RTSP relay listening on {}{} for {} camera(s)", plain.localAddress(),
                    secure == null ? "" : " and RTSPS on " + secure.localAddress(), hubs.size());
            return new RtspRelay(group, hubs, udp, plain, secure);
        } catch (RuntimeException | InterruptedException e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
    }

    private static Channel listen(EventLoopGroup group, InetSocketAddress address, RtspServerInitializer initializer,
            RtspTuning tuning) throws InterruptedException {
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                        new WriteBufferWaterMark(tuning.writeLowWater(), tuning.writeHighWater()))
                .childHandler(initializer)
                .bind(address).sync().channel();
    }

    /** Where plain RTSP listens. */
    public InetSocketAddress rtspAddress() {
        return (InetSocketAddress) rtsp.localAddress();
    }

    /** Where RTSPS listens, or null when it is off. */
    public InetSocketAddress rtspsAddress() {
        return rtsps == null ? null : (InetSocketAddress) rtsps.localAddress();
    }

    /** Each camera's state and viewers, in door order. */
    public List<CameraStats> stats() {
        List<CameraStats> stats = new ArrayList<>();
        hubs.values().forEach(h -> stats.add(h.stats()));
        return stats;
    }

    /** Whether the relay holds an upstream connection (open or opening) to a door's camera now. */
    public boolean upstreamOpen(String door) {
        CameraHub hub = hubs.get(door);
        return hub != null && hub.upstreamOpen();
    }

    @Override
    public void close() {
        rtsp.close().syncUninterruptibly();
        if (rtsps != null) {
            rtsps.close().syncUninterruptibly();
        }
        hubs.values().forEach(CameraHub::close);
        udp.close();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
