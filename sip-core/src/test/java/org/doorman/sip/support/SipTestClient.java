package org.doorman.sip.support;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.auth.DigestAlgorithm;
import org.doorman.registrar.auth.Ha1;
import org.doorman.sip.transport.Slf4jServerLogger;
import org.doorman.sip.transport.Slf4jStackLogger;
import org.doorman.sip.transport.tls.PemFiles;

/**
 * A JAIN-SIP user agent for tests: sends REGISTERs and MESSAGEs like a device and waits for the final
 * response; keeps what the server sends it in {@link #received}, hands it to a handler the test may set
 * and, if asked, answers it with {@link #answerWith}.
 */
public final class SipTestClient implements SipListener, AutoCloseable {
    private static final AtomicLong STACKS = new AtomicLong();
    private static final String STORE_PASSWORD = "test-trust";
    public final int port;
    private final String transport;
    private final String host;
    private final SipStack stack;
    private final SipProvider provider;
    public final MessageFactory messages;
    public final HeaderFactory headers;
    public final AddressFactory addresses;
    private final Map<String, CompletableFuture<Response>> pending = new ConcurrentHashMap<>();
    private final Map<String, ClientTransaction> transactions = new ConcurrentHashMap<>();
    private final AtomicLong cseq = new AtomicLong(1);
    private volatile Consumer<RequestEvent> requests = event -> { };

    public SipTestClient(String transport) throws Exception {
        this(transport, "127.0.0.1");
    }

    /** A client on another loopback address (127.0.0.2…), e.g. to play a stranger. */
    public SipTestClient(String transport, String host) throws Exception {
        this(transport, host, new Properties());
    }

    /**
     * A device on TLS that trusts exactly the certificates in `trusted` (PEM) and speaks only
     * `protocol`. It uses the stack's blocking TLS transport: in JAIN-SIP 1.3.0-91 the NIO one
     * cannot open outgoing TLS connections (NIOHandler drops each new socket from its table, so
     * the handshake is redone on a second socket and its first flight sent as data; RestComm
     * jain-sip issue 188). doorman itself only accepts TLS connections, which is unaffected.
     */
    public static SipTestClient tls(Path trusted, String protocol) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        int i = 0;
        for (X509Certificate c : PemFiles.certificates(trusted)) {
            trust.setCertificateEntry("trusted-" + i++, c);
        }
        Path store = Files.createTempFile("doorman-test-trust", ".p12");
        store.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(store)) {
            trust.store(out, STORE_PASSWORD.toCharArray());
        }
        Properties p = new Properties();
        for (String kind : new String[] {"keyStore", "trustStore"}) {
            p.setProperty("javax.net.ssl." + kind, store.toString());
            p.setProperty("javax.net.ssl." + kind + "Password", STORE_PASSWORD);
            p.setProperty("javax.net.ssl." + kind + "Type", "PKCS12");
        }
        p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", protocol);
        p.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", protocol.equals("TLSv1.3")
                ? "TLS_AES_128_GCM_SHA256" : "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
        p.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
        return new SipTestClient("tls", "127.0.0.1", p);
    }

    private SipTestClient(String transport, String host, Properties p) throws Exception {
        this.transport = transport;
        this.host = host;
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        p.setProperty("javax.sip.STACK_NAME", "test-client-" + STACKS.incrementAndGet());
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", Slf4jServerLogger.class.getName());
        stack = factory.createSipStack(p);
        port = TestServer.freePort();
        ListeningPoint lp = stack.createListeningPoint(host, port, transport);
        provider = stack.createSipProvider(lp);
        provider.addSipListener(this);
        messages = factory.createMessageFactory();
        headers = factory.createHeaderFactory();
        addresses = factory.createAddressFactory();
    }

    /** A REGISTER for `user` (as it goes in the URI, e.g. "9901%231") to the server, without credentials. */
    public Request register(int serverPort, String user, String callId, int expires) throws Exception {
        SipURI requestUri = addresses.createSipURI(null, "127.0.0.1:" + serverPort);
        requestUri.setTransportParam(transport);
        var aor = addresses.createAddress(addresses.createSipURI(user, "127.0.0.1"));
        var via = headers.createViaHeader(host, port, transport, null);
        via.setRPort();
        Request r = messages.createRequest(requestUri, Request.REGISTER, headers.createCallIdHeader(callId),
                headers.createCSeqHeader(cseq.getAndIncrement(), Request.REGISTER),
                headers.createFromHeader(aor, "t" + callId.hashCode()), headers.createToHeader(aor, null),
                java.util.List.of(via), headers.createMaxForwardsHeader(70));
        SipURI contactUri = addresses.createSipURI(user, "127.0.0.1:" + port);
        contactUri.setTransportParam(transport);
        r.addHeader(headers.createContactHeader(addresses.createAddress(contactUri)));
        if (expires >= 0) {
            r.addHeader(headers.createExpiresHeader(expires));
        }
        return r;
    }

    /** The same request with a fresh CSeq and branch, answering the challenge in `challenge`. */
    public Request authorized(Request request, Response challenge, String username, String password,
                              DigestAlgorithm algorithm, int nc) throws Exception {
        return authorized(request, challenge, username, password, algorithm, nc, "Authorization");
    }

    /** As above, with the credentials in `header` (Proxy-Authorization answers a 407). */
    public Request authorized(Request request, Response challenge, String username, String password,
                              DigestAlgorithm algorithm, int nc, String header) throws Exception {
        Request r = (Request) request.clone();
        r.setHeader(headers.createCSeqHeader(cseq.getAndIncrement(), r.getMethod()));
        r.removeHeader(ViaHeader.NAME);
        var via = headers.createViaHeader(host, port, transport, null);
        via.setRPort();
        r.addHeader(via);
        String nonce = DigestChallenges.nonce(challenge, algorithm);
        String realm = DigestChallenges.realm(challenge, algorithm);
        String uri = r.getRequestURI().toString();
        String ha1 = Ha1.of(algorithm, username, realm, password);
        String ncHex = String.format("%08x", nc);
        String cnonce = "c0ffee" + nc;
        String ha2 = algorithm.hashHex(r.getMethod() + ":" + uri);
        String response = algorithm.hashHex(ha1 + ":" + nonce + ":" + ncHex + ":" + cnonce + ":auth:" + ha2);
        r.setHeader(headers.createHeader(header, "Digest username=\"" + username + "\", realm=\"" + realm
                + "\", nonce=\"" + nonce + "\", uri=\"" + uri + "\", response=\"" + response + "\", algorithm="
                + algorithm.token() + ", qop=auth, nc=" + ncHex + ", cnonce=\"" + cnonce + "\""));
        return r;
    }

    /** REGISTERs `uriUser` (as it goes in the URI) with its digest credentials, answering the 401 once. */
    public Response registerWithDigest(int serverPort, String uriUser, String username, String password, int expires)
            throws Exception {
        String callId = "c-" + System.nanoTime();
        Response challenge = send(register(serverPort, uriUser, callId, expires));
        if (challenge.getStatusCode() != 401) {
            return challenge;
        }
        Request r = register(serverPort, uriUser, callId, expires);
        return send(authorized(r, challenge, username, password, DigestAlgorithm.MD5, 1));
    }

    /** Where requests sent to this device go (the default ignores them, as a device that does not answer). */
    public void onRequest(Consumer<RequestEvent> handler) {
        this.requests = handler;
    }

    /** Answers a received request statelessly. */
    public void reply(RequestEvent event, int status) {
        try {
            provider.sendResponse(messages.createResponse(status, event.getRequest()));
        } catch (Exception e) {
            throw new IllegalStateException("could not answer " + event.getRequest().getMethod(), e);
        }
    }

    public SipProvider provider() {
        return provider;
    }

    /** Sends the request and waits (bounded) for its final response. */
    public Response send(Request request) throws Exception {
        return sendAsync(request).get(10, TimeUnit.SECONDS);
    }

    /** Sends the request; the future completes with its final response. */
    public CompletableFuture<Response> sendAsync(Request request) throws Exception {
        ClientTransaction tx = provider.getNewClientTransaction(request);
        CompletableFuture<Response> answer = new CompletableFuture<>();
        pending.put(key(request), answer);
        transactions.put(key(request), tx);
        tx.sendRequest();
        return answer;
    }

    /** CANCELs a request sent with sendAsync (after it got a provisional response). */
    public Response cancel(Request request) throws Exception {
        return send(transactions.get(key(request)).createCancel());
    }

    /** An INVITE from `from` to `to` through the server at serverPort. */
    public Request invite(int serverPort, String from, String to, String callId) throws Exception {
        SipURI target = addresses.createSipURI(to, "127.0.0.1:" + serverPort);
        var via = headers.createViaHeader(host, port, transport, null);
        via.setRPort();
        Request r = messages.createRequest(target, Request.INVITE, headers.createCallIdHeader(callId),
                headers.createCSeqHeader(cseq.getAndIncrement(), Request.INVITE),
                headers.createFromHeader(addresses.createAddress(addresses.createSipURI(from, "127.0.0.1")), "f" + callId.hashCode()),
                headers.createToHeader(addresses.createAddress(addresses.createSipURI(to, "127.0.0.1")), null),
                new java.util.ArrayList<>(java.util.List.of(via)), headers.createMaxForwardsHeader(70));
        r.addHeader(headers.createContactHeader(addresses.createAddress(addresses.createSipURI(from, host + ":" + port))));
        r.setContent("v=0\r\n", headers.createContentTypeHeader("application", "sdp"));
        return r;
    }

    /** The ACK (or BYE) for a 2xx: to its Contact, through its Record-Route set (RFC 3261 12.2.1.1). */
    public Request inDialog(Response ok, String method) throws Exception {
        var contact = (javax.sip.header.ContactHeader) ok.getHeader(javax.sip.header.ContactHeader.NAME);
        var cseqHeader = (javax.sip.header.CSeqHeader) ok.getHeader(javax.sip.header.CSeqHeader.NAME);
        long seq = Request.ACK.equals(method) ? cseqHeader.getSeqNumber() : cseq.getAndIncrement() + 100;
        var via = headers.createViaHeader(host, port, transport, null);
        via.setRPort();
        Request r = messages.createRequest(contact.getAddress().getURI(), method,
                (CallIdHeader) ok.getHeader(CallIdHeader.NAME), headers.createCSeqHeader(seq, method),
                (javax.sip.header.FromHeader) ok.getHeader("From"), (javax.sip.header.ToHeader) ok.getHeader("To"),
                new java.util.ArrayList<>(java.util.List.of(via)), headers.createMaxForwardsHeader(70));
        for (var it = ok.getHeaders(javax.sip.header.RecordRouteHeader.NAME); it.hasNext(); ) {
            var rr = (javax.sip.header.RecordRouteHeader) it.next();
            r.addHeader(headers.createRouteHeader(rr.getAddress()));
        }
        return r;
    }

    /** Sends an ACK (no transaction). */
    public void sendAck(Request ack) throws Exception {
        provider.sendRequest(ack);
    }

    private static String key(javax.sip.message.Message m) {
        javax.sip.header.CSeqHeader cseq = (javax.sip.header.CSeqHeader) m.getHeader("CSeq");
        return ((CallIdHeader) m.getHeader(CallIdHeader.NAME)).getCallId() + "/" + cseq.getSeqNumber()
                + "/" + cseq.getMethod();
    }

    @Override
    public void processResponse(ResponseEvent event) {
        Response r = event.getResponse();
        if (r.getStatusCode() >= 200) {
            CompletableFuture<Response> f = pending.remove(key(r));
            if (f != null) {
                f.complete(r);
            }
        }
    }

    /** Every request the server sends this device, in order of arrival. */
    public final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    /** The status this device answers requests with (ACK gets none); 0, the default, answers nothing. */
    public volatile int answerWith;

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        received.add(request);
        requests.accept(event);
        if (answerWith > 0 && !Request.ACK.equals(request.getMethod())) {
            try {
                Response r = messages.createResponse(answerWith, request);
                ((ToHeader) r.getHeader(ToHeader.NAME)).setTag("dev" + port);
                provider.sendResponse(r);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The next request the server sent this device, waiting a bounded time for it. */
    public Request nextRequest() throws InterruptedException {
        Request r = received.poll(10, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no request reached the device on port " + port);
        }
        return r;
    }

    /** A MESSAGE from `fromUser` to `toUser` (URI user parts, e.g. "9901%231"; null for none) via the server. */
    public Request message(int serverPort, String fromUser, String toUser, String contentType, byte[] body)
            throws Exception {
        SipURI requestUri = addresses.createSipURI(toUser, "127.0.0.1:" + serverPort);
        requestUri.setTransportParam(transport);
        var via = headers.createViaHeader("127.0.0.1", port, transport, null);
        via.setRPort();
        String callId = "msg-" + port + "-" + cseq.get();
        Request r = messages.createRequest(requestUri, Request.MESSAGE, headers.createCallIdHeader(callId),
                headers.createCSeqHeader(cseq.getAndIncrement(), Request.MESSAGE),
                headers.createFromHeader(addresses.createAddress(addresses.createSipURI(fromUser, "127.0.0.1")),
                        "f" + callId.hashCode()),
                headers.createToHeader(addresses.createAddress(addresses.createSipURI(toUser, "127.0.0.1")), null),
                java.util.List.of(via), headers.createMaxForwardsHeader(70));
        if (contentType != null) {
            String[] type = contentType.split("/", 2);
            r.setContent(body, headers.createContentTypeHeader(type[0], type[1]));
        }
        return r;
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
