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
    /** The stack's own default is "unlimited"; a stream still needs a bound (doorman's default). */
    private static final int DEFAULT_MAX_MESSAGE_SIZE = 65_536;
    private final NioMessageProcessorFactory stock = new NioMessageProcessorFactory();

    @Override
    public MessageProcessor createMessageProcessor(SIPTransactionStack stack, InetAddress address, int port,
                                                   String transport) throws IOException {
        if (!ListeningPoint.TCP.equalsIgnoreCase(transport)) {
            return stock.createMessageProcessor(stack, address, port, transport);
        }
        String idle = ((SipStackImpl) stack).getConfigurationProperties()
                .getProperty("gov.nist.javax.sip.NIO_MAX_SOCKET_IDLE_TIME", "120000");
        int maxSize = stack.getMaxMessageSize() > 0 ? stack.getMaxMessageSize() : DEFAULT_MAX_MESSAGE_SIZE;
        return new FramedTcpMessageProcessor(address, stack, port, maxSize, Long.parseLong(idle));
    }
}
