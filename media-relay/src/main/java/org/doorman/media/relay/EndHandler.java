package org.doorman.media.relay;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands the datagrams of one relay socket (a leg's RTP or RTCP port) to its {@link RelayEnd}. */
final class EndHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(EndHandler.class);
    private final RelayEnd end;
    private final boolean rtcpSocket;

    EndHandler(RelayEnd end, boolean rtcpSocket) {
        this.end = end;
        this.rtcpSocket = rtcpSocket;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        end.receive(rtcpSocket, packet.content(), packet.sender());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // e.g. ICMP port unreachable surfacing as an error on the socket: not a reason to close it
        LOG.debug("media socket {}: {}", ctx.channel().localAddress(), cause.toString());
    }
}
