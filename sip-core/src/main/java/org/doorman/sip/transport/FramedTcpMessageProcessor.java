package org.doorman.sip.transport;

import gov.nist.javax.sip.stack.NioTcpMessageChannel;
import gov.nist.javax.sip.stack.NioTcpMessageProcessor;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.SocketChannel;

/**
 * The stack's NIO TCP listener, with each accepted connection read by a FramedTcpMessageChannel.
 * Connections the stack opens itself still use the stock channel: the hook for those is
 * package-private in JAIN-SIP; doorman opens none yet.
 */
final class FramedTcpMessageProcessor extends NioTcpMessageProcessor {
    private final int maxMessageSize;
    private final long maxMessageMillis;

    FramedTcpMessageProcessor(InetAddress address, SIPTransactionStack stack, int port, int maxMessageSize,
                              long maxMessageMillis) {
        super(address, stack, port);
        this.maxMessageSize = maxMessageSize;
        this.maxMessageMillis = maxMessageMillis;
    }

    @Override
    public NioTcpMessageChannel createMessageChannel(NioTcpMessageProcessor processor, SocketChannel client)
            throws IOException {
        NioTcpMessageChannel channel = nioHandler.getMessageChannel(client);
        if (channel == null) {
            channel = new FramedTcpMessageChannel(processor, client,
                    new SipStreamFramer(maxMessageSize, maxMessageMillis));
            nioHandler.putMessageChannel(client, channel);
        }
        return channel;
    }
}
