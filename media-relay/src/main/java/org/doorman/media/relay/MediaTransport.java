package org.doorman.media.relay;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/** The relay's event loops and UDP channel type: native epoll where it loads, NIO elsewhere. */
public record MediaTransport(EventLoopGroup group, Class<? extends DatagramChannel> channelType) {
    public static MediaTransport create(int threads) {
        DefaultThreadFactory names = new DefaultThreadFactory("media-relay", true);
        if (Epoll.isAvailable()) {
            return new MediaTransport(new EpollEventLoopGroup(threads, names), EpollDatagramChannel.class);
        }
        return new MediaTransport(new NioEventLoopGroup(threads, names), NioDatagramChannel.class);
    }
}
