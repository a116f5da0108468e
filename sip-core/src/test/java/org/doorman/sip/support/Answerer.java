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
    /** The last request received of each method. */
    private final java.util.Map<String, Request> last = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, java.util.concurrent.CompletableFuture<Response>> pending =
            new java.util.concurrent.ConcurrentHashMap<>();
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
        return awaitRequest(method, 10_000);
    }

    /** As {@link #awaitRequest(String)}, waiting at most `millis`. */
    public boolean awaitRequest(String method, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
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

    /** The last request of this method the device received, or null. */
    public Request lastRequest(String method) {
        return last.get(method);
    }

    /**
     * Hangs up the answered call from this side: a BYE to the caller's Contact through the INVITE's
     * Record-Route set (RFC 3261 12.1.1: the callee's route set is the list in order); its final response.
     */
    public Response hangUp() throws Exception {
        Request inv = inviteRequest.get();
        javax.sip.header.FromHeader callerFrom = (javax.sip.header.FromHeader) inv.getHeader("From");
        javax.sip.header.ToHeader calleeTo = (javax.sip.header.ToHeader) inv.getHeader("To");
        var via = headers.createViaHeader("127.0.0.1", port, "udp", null);
        via.setRPort();
        Request bye = messages.createRequest(((javax.sip.header.ContactHeader) inv.getHeader("Contact")).getAddress()
                        .getURI(), Request.BYE, (javax.sip.header.CallIdHeader) inv.getHeader("Call-ID"),
                headers.createCSeqHeader(1, Request.BYE),
                headers.createFromHeader(calleeTo.getAddress(), tag),
                headers.createToHeader(callerFrom.getAddress(), callerFrom.getTag()),
                new ArrayList<>(List.of(via)), headers.createMaxForwardsHeader(70));
        for (var it = inv.getHeaders(javax.sip.header.RecordRouteHeader.NAME); it.hasNext(); ) {
            bye.addHeader(headers.createRouteHeader(((javax.sip.header.RecordRouteHeader) it.next()).getAddress()));
        }
        var answer = new java.util.concurrent.CompletableFuture<Response>();
        pending.put(Request.BYE, answer);
        provider.getNewClientTransaction(bye).sendRequest();
        return answer.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request req = event.getRequest();
        last.put(req.getMethod(), req);
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
                case Request.BYE, Request.INFO -> {
                    ServerTransaction st = provider.getNewServerTransaction(req);
                    st.sendResponse(messages.createResponse(200, req));
                }
                case Request.UPDATE -> {
                    ServerTransaction st = provider.getNewServerTransaction(req);
                    Response ok = messages.createResponse(200, req);
                    if (req.getRawContent() != null && req.getRawContent().length > 0) {
                        ok.setContent(answerSdp, headers.createContentTypeHeader("application", "sdp")); // an answer
                    }
                    st.sendResponse(ok);
                }
                default -> { }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        Response r = event.getResponse();
        String method = ((javax.sip.header.CSeqHeader) r.getHeader("CSeq")).getMethod();
        if (r.getStatusCode() >= 200 && pending.containsKey(method)) {
            pending.remove(method).complete(r);
        }
    }
    @Override public void processTimeout(TimeoutEvent event) { }
    @Override public void processIOException(IOExceptionEvent event) { }
    @Override public void processTransactionTerminated(TransactionTerminatedEvent event) { }
    @Override public void processDialogTerminated(DialogTerminatedEvent event) { }

    @Override
    public void close() {
        stack.stop();
    }
}
