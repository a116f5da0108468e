package org.doorman.media.rtsp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The relay's two UDP sockets (RTP on an even port, RTCP on the next) that UDP viewers receive from;
 * what viewers send to them (receiver reports, NAT openers) is counted and dropped.
 */
final class UdpPair implements AutoCloseable {
    private static final int ATTEMPTS = 20;
    private final Channel rtp;
    private final Channel rtcp;
    private final AtomicLong received;

    private UdpPair(Channel rtp, Channel rtcp, AtomicLong received) {
        this.rtp = rtp;
        this.rtcp = rtcp;
        this.received = received;
    }

    /** Binds an ephemeral even port and the odd one after it on the address. */
    static UdpPair bind(EventLoopGroup group, InetAddress address) throws InterruptedException {
        AtomicLong received = new AtomicLong();
        Bootstrap b = new Bootstrap().group(group).channel(NioDatagramChannel.class).handler(new Discard(received));
        for (int i = 0; i < ATTEMPTS; i++) {
            Channel rtp = b.bind(address, 0).sync().channel();
            int port = ((InetSocketAddress) rtp.localAddress()).getPort();
            if (port % 2 == 0 && port < 65535) {
                var rtcp = b.bind(address, port + 1).await();
                if (rtcp.isSuccess()) {
                    return new UdpPair(rtp, rtcp.channel(), received);
                }
            }
            rtp.close().sync();
        }
        throw new IllegalStateException("no free even/odd UDP port pair on " + address + " for RTSP over UDP");
    }

    Channel rtp() {
        return rtp;
    }

    Channel rtcp() {
        return rtcp;
    }

    int rtpPort() {
        return ((InetSocketAddress) rtp.localAddress()).getPort();
    }

    int rtcpPort() {
        return ((InetSocketAddress) rtcp.localAddress()).getPort();
    }

    @Override
    public void close() {
        rtp.close().syncUninterruptibly();
        rtcp.close().syncUninterruptibly();
    }

    @Sharable
    private static final class Discard extends SimpleChannelInboundHandler<DatagramPacket> {
        private final AtomicLong received;

        Discard(AtomicLong received) {
            this.received = received;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
            received.incrementAndGet();
        }
    }
}
