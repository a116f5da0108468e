package org.doorman.sip.support;

import java.util.Properties;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.sip.transport.Slf4jServerLogger;
import org.doorman.sip.transport.Slf4jStackLogger;

/**
 * A device that gets called, for proxy tests: rings on INVITE, then answers with whatever status the
 * test asks for; records every request it receives so tests can wait for CANCEL, ACK or BYE.
 */
public final class Answerer implements SipListener, AutoCloseable {
    private static final AtomicLong STACKS = new AtomicLong();
    public final int port;
    private final SipStack stack;
    private final SipProvider provider;
    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final javax.sip.address.AddressFactory addresses;
    /** Methods of the requests received and not yet awaited, in arrival order; guarded by itself. */
    private final List<String> received = new ArrayList<>();
    private final AtomicReference<ServerTransaction> invite = new AtomicReference<>();
    private final AtomicReference<Request> inviteRequest = new AtomicReference<>();
    private final CountDownLatch rang = new CountDownLatch(1);
    private volatile boolean answered;
    private volatile boolean answerDespiteCancel;
    private volatile String answerSdp = "v=0\r\n";

    /** Plays a device whose answer crossed the CANCEL on the wire: it says 200 to the CANCEL, then answers 200. */
    public void answerDespiteCancel() {
        answerDespiteCancel = true;
    }
    private final String tag = "a" + STACKS.incrementAndGet();

    public Answerer() throws Exception {
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", "answerer-" + tag);
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", Slf4jServerLogger.class.getName());
        stack = factory.createSipStack(p);
        port = TestServer.freePort();
        ListeningPoint lp = stack.createListeningPoint("127.0.0.1", port, "udp");
        provider = stack.createSipProvider(lp);
        provider.addSipListener(this);
        messages = factory.createMessageFactory();
        headers = factory.createHeaderFactory();
        addresses = factory.createAddressFactory();
    }

    public String contact(String user) {
        return "sip:" + user + "@127.0.0.1:" + port;
    }

    /** Waits until the INVITE has arrived (and 180 went back). */
    public boolean awaitRinging() throws InterruptedException {
        return rang.await(10, TimeUnit.SECONDS);
    }

    /** The body the device answers a call with (SDP), "v=0" unless a test sets one. */
    public void answerBody(String sdp) {
        this.answerSdp = sdp;
    }

    /** The INVITE as it reached the device. */
    public Request invite() {
        return inviteRequest.get();
    }

    /** Answers the ringing INVITE with this status (a 2xx carries a Contact). */
    public synchronized void answer(int status) throws Exception {
        if (answered) {
            return; // a CANCEL that crossed our final answer: nothing more to say
        }
        answered = true;
        Response r = messages.createResponse(status, inviteRequest.get());
        ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(tag);
        if (status / 100 == 2) {
            r.addHeader(headers.createContactHeader(addresses.createAddress(contact("dev"))));
            r.setContent(answerSdp, headers.createContentTypeHeader("application", "sdp"));
        }
        invite.get().sendResponse(r);
    }

    /**
     * Waits for a request of this method to arrive (and takes it); true if it did. Requests of other
     * methods stay: the stack may hand an ACK and a BYE to the listener in either order.
     */
    public boolean awaitRequest(String method) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (received) {
            while (!received.remove(method)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(received, left);
            }
            return true;
        }
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request req = event.getRequest();
        synchronized (received) {
            received.add(req.getMethod());
            received.notifyAll();
        }
        try {
            switch (req.getMethod()) {
                case Request.INVITE -> {
                    ServerTransaction st = provider.getNewServerTransaction(req);
                    invite.set(st);
                    inviteRequest.set(req);
                    Response ringing = messages.createResponse(180, req);
                    ((ToHeader) ringing.getHeader(ToHeader.NAME)).setTag(tag);
                    st.sendResponse(ringing);
                    rang.countDown();
                }
                case Request.CANCEL -> {
                    ServerTransaction st = provider.getNewServerTransaction(req);
                    st.sendResponse(messages.createResponse(200, req));
                    if (!answerDespiteCancel) {
                        answer(487);
                    }
                }
                case Request.BYE, Request.INFO, Request.UPDATE -> {
                    ServerTransaction st = provider.getNewServerTransaction(req);
                    st.sendResponse(messages.createResponse(200, req));
                }
                default -> { }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override public void processResponse(ResponseEvent event) { }
    @Override public void processTimeout(TimeoutEvent event) { }
    @Override public void processIOException(IOExceptionEvent event) { }
    @Override public void processTransactionTerminated(TransactionTerminatedEvent event) { }
    @Override public void processDialogTerminated(DialogTerminatedEvent event) { }

    @Override
    public void close() {
        stack.stop();
    }
}
