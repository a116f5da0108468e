package org.doorman.sip.transport;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.stack.MessageProcessor;
import gov.nist.javax.sip.stack.MessageProcessorFactory;
import gov.nist.javax.sip.stack.NioMessageProcessorFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
import java.net.InetAddress;
import javax.sip.ListeningPoint;

/**
 * The stack's NIO message processors (MESSAGE_PROCESSOR_FACTORY), with TCP framed by doorman's
 * SipStreamFramer. Its limits come from the stack properties MAX_MESSAGE_SIZE and
 * NIO_MAX_SOCKET_IDLE_TIME: a message must be complete within the idle time of its first byte.
 */
public final class FramedMessageProcessorFactory implements MessageProcessorFactory {
    /** The stack's own defaults are "unlimited"; a stream still needs bounds (doorman's defaults). */
    private static final int DEFAULT_MAX_MESSAGE_SIZE = 65_536;
    private static final long DEFAULT_MAX_MESSAGE_MILLIS = 120_000;
    private final NioMessageProcessorFactory stock = new NioMessageProcessorFactory();

    @Override
    public MessageProcessor createMessageProcessor(SIPTransactionStack stack, InetAddress address, int port,
                                                   String transport) throws IOException {
        if (!ListeningPoint.TCP.equalsIgnoreCase(transport)) {
            return stock.createMessageProcessor(stack, address, port, transport);
        }
        long idle = Long.parseLong(((SipStackImpl) stack).getConfigurationProperties()
                .getProperty("gov.nist.javax.sip.NIO_MAX_SOCKET_IDLE_TIME", "0"));
        int maxSize = stack.getMaxMessageSize() > 0 ? stack.getMaxMessageSize() : DEFAULT_MAX_MESSAGE_SIZE;
        return new FramedTcpMessageProcessor(address, stack, port, maxSize,
                idle > 0 ? idle : DEFAULT_MAX_MESSAGE_MILLIS);
    }
}
