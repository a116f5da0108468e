package org.doorman.sip.transport;

import gov.nist.javax.sip.ThreadAffinityTask;
import gov.nist.javax.sip.header.CSeq;
import gov.nist.javax.sip.header.CallID;
import gov.nist.javax.sip.header.ContentLength;
import gov.nist.javax.sip.header.From;
import gov.nist.javax.sip.header.RequestLine;
import gov.nist.javax.sip.header.StatusLine;
import gov.nist.javax.sip.header.To;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.stack.NioTcpMessageChannel;
import gov.nist.javax.sip.stack.NioTcpMessageProcessor;
import gov.nist.javax.sip.stack.SIPStackTimerTask;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.doorman.sip.transport.SipStreamFramer.Broken;
import org.doorman.sip.transport.SipStreamFramer.Frame;
import org.doorman.sip.transport.SipStreamFramer.Message;
import org.doorman.sip.transport.SipStreamFramer.Ping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An accepted TCP connection whose bytes SipStreamFramer cuts into messages, instead of the stack's
 * NioPipelineParser. That parser finds Content-Length only on a line starting "content-length" and
 * skips exactly one character before the number, so "Content-Length   : 150" (RFC 4475 wsinv)
 * killed the connection and the compact "l: 150" (insuf, longreq) was not seen at all, the body
 * then read as the next message; it finds Call-ID the same way and dropped the connection for a
 * compact "i:" (esc01, dblreq); and it never resets the length between messages it hands to its
 * executor, where it also lets one connection's messages overtake each other.
 *
 * <p>Framed messages are parsed and handed to the stack in arrival order (one affinity thread per
 * connection). Where the stack would drop a request in silence it is answered here: 400 for a
 * malformed mandatory header (built by RawBadRequest; the framing is intact, so the connection
 * stays) or for missing From/To/Call-ID/CSeq (RFC 4475 3.3.1 insuf). A broken stream gets the
 * answer it is owed (400, 413), then the connection is closed (RFC 4475 3.1.2.3, 3.3.9).
 */
final class FramedTcpMessageChannel extends NioTcpMessageChannel {
    private static final Logger log = LoggerFactory.getLogger(FramedTcpMessageChannel.class);
    /** How long a broken connection stays open so the answer already queued can be written. */
    private static final long LINGER_MILLIS = 1_000;
    private static final Set<Class<?>> MANDATORY = Set.of(From.class, To.class, CSeq.class, Via.class,
            CallID.class, ContentLength.class, RequestLine.class, StatusLine.class);

    private final SipStreamFramer framer;
    private final MessageParser parser;

    FramedTcpMessageChannel(NioTcpMessageProcessor processor, SocketChannel socket, SipStreamFramer framer)
            throws IOException {
        super(processor, socket);
        this.messageProcessor = processor;
        this.framer = framer;
        this.parser = sipStack.getMessageParserFactory().createMessageParser(sipStack);
    }

    /** Called on the selector thread with each chunk read; must not block. */
    @Override
    protected void addBytes(byte[] bytes) throws Exception {
        for (Frame frame : framer.feed(bytes, System.currentTimeMillis())) {
            if (frame instanceof Message message) {
                inOrder(() -> deliver(message));
            } else if (frame instanceof Ping) {
                sendSingleCLRF();
            } else if (frame instanceof Broken broken) {
                breakOff(broken);
            }
        }
    }

    private void deliver(Message frame) {
        SIPMessage message;
        try {
            message = parser.parseSIPMessage(frame.head(), false, false, this);
        } catch (ParseException e) {
            answerUnparsable(frame.head(), e);
            return;
        }
        if (message == null) {
            return;
        }
        if (frame.body().length > 0) {
            message.setMessageContent(frame.body());
        }
        if (message instanceof SIPRequest request && answerIfIncomplete(request)) {
            return;
        }
        try {
            processMessage(message);
        } catch (Exception e) {
            // The stack throws after it has answered (400 CSeq mismatch, 413); the connection stays.
            log.debug("{} from {}: {}", message.getFirstLine().trim(), getPeerAddress(), e.toString());
        }
    }

    /** The stack drops a message without From, To, Call-ID, CSeq or Via; a request gets 400 instead. */
    private boolean answerIfIncomplete(SIPRequest request) {
        List<String> missing = new ArrayList<>();
        if (request.getCallId() == null) {
            missing.add("Call-ID");
        }
        if (request.getFrom() == null) {
            missing.add("From");
        }
        if (request.getTo() == null) {
            missing.add("To");
        }
        if (request.getCSeq() == null) {
            missing.add("CSeq");
        }
        if (request.getTopmostVia() == null) {
            missing.add("Via");
        }
        if (missing.isEmpty()) {
            return false;
        }
        if (!SIPRequest.ACK.equals(request.getMethod())) {
            send(request.createResponse(400, "Missing " + String.join(", ", missing)).encodeAsBytes(getTransport()));
        }
        return true;
    }

    private void answerUnparsable(byte[] head, ParseException e) {
        RawBadRequest.answer(head, "Bad Request (" + e.getMessage() + ")").ifPresent(this::send);
    }

    /**
     * Answers what the broken stream is owed, if anything, after the messages before it, then closes
     * the connection once the queued answers have had time to go out. Input is ignored meanwhile.
     */
    private void breakOff(Broken broken) {
        log.debug("closing TCP connection from {}: {}", getPeerAddress(), broken.reason());
        inOrder(() -> {
            if (broken.status() != 0 && broken.head() != null) {
                answerBroken(broken);
            }
            sipStack.getTimer().schedule(new SIPStackTimerTask() {
                @Override
                public void runTask() {
                    close();
                }

                @Override
                public Object getThreadHash() {
                    return null;
                }
            }, LINGER_MILLIS);
        });
    }

    private void answerBroken(Broken broken) {
        try {
            SIPMessage message = parser.parseSIPMessage(broken.head(), false, false, this);
            if (message instanceof SIPRequest request && !SIPRequest.ACK.equals(request.getMethod())) {
                send(request.createResponse(broken.status(), broken.reason()).encodeAsBytes(getTransport()));
            }
        } catch (ParseException e) {
            answerUnparsable(broken.head(), e);
        }
    }

    /** The stack's parser reports header errors here; unlike the stock channel, keep the connection. */
    @Override
    public void handleException(ParseException ex, SIPMessage message, Class hdrClass, String header,
                                String rawMessage) throws ParseException {
        if (hdrClass != null && MANDATORY.contains(hdrClass)) {
            throw ex;
        }
        message.addUnparsed(header);
    }

    private void send(byte[] bytes) {
        try {
            sendMessage(bytes, false);
        } catch (IOException e) {
            log.debug("could not answer {}: {}", getPeerAddress(), e.toString());
        }
    }

    /** Runs `task` on this connection's affinity thread, so messages are handled in arrival order. */
    private void inOrder(Runnable task) {
        sipStack.getSelfRoutingThreadpoolExecutor().execute(new ThreadAffinityTask() {
            @Override
            public void run() {
                task.run();
            }

            @Override
            public Object getThreadHash() {
                return FramedTcpMessageChannel.this;
            }
        });
    }
}
