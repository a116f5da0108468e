package org.doorman.sip.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sip.ClientTransaction;
import javax.sip.address.Address;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.directory.DeviceNumber;
import org.doorman.registrar.location.Binding;
import org.doorman.registrar.location.LocationService;
import org.doorman.sip.SipContext;
import org.doorman.sip.handler.ResponseSink;
import org.doorman.sip.proxy.ProxyMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text messages from the server itself (`doorman message`, the VTO manual's messages from the SIP
 * server to VTOs and VTHs): From the server's own number, as text/plain in UTF-8, to every
 * registered contact of each device. A device counts as delivered when one of its contacts
 * answers 2xx within the delivery window.
 */
public final class OperatorMessenger {
    private static final Logger log = LoggerFactory.getLogger(OperatorMessenger.class);

    /** What became of the message for one device; status and reason are 0 and "" when it was offline. */
    public record Delivery(String device, Result result, int status, String reason) {
        public enum Result { DELIVERED, OFFLINE, FAILED }
    }

    private final SipContext sip;
    private final ProxyMessages messages;
    private final LocationService location;
    private final ScheduledExecutorService timers;
    private final String serverNumber;

    public OperatorMessenger(SipContext sip, ProxyMessages messages, LocationService location,
                             ScheduledExecutorService timers, String serverNumber) {
        this.sip = sip;
        this.messages = messages;
        this.location = location;
        this.timers = timers;
        this.serverNumber = serverNumber;
    }

    /** Sends `text` to each device at once; completes, in the devices' order, within the delivery window. */
    public CompletableFuture<List<Delivery>> send(List<String> devices, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        List<CompletableFuture<Delivery>> each = devices.stream().map(d -> toDevice(d, body)).toList();
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(done -> each.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<Delivery> toDevice(String device, byte[] body) {
        List<Binding> contacts = location.bindings(device);
        if (contacts.isEmpty()) {
            return CompletableFuture.completedFuture(new Delivery(device, Delivery.Result.OFFLINE, 0, ""));
        }
        FirstSuccess<Response> outcome = new FirstSuccess<>(contacts.size());
        CompletableFuture<Delivery> result = new CompletableFuture<>();
        Consumer<Optional<FirstSuccess.Verdict<Response>>> decided = verdict -> verdict.ifPresent(v -> result.complete(new Delivery(device,
                v.success() ? Delivery.Result.DELIVERED : Delivery.Result.FAILED, v.status(), v.reason())));
        for (Binding b : contacts) {
            if (!MessageLimits.fits(body.length, b.transport())) {
                decided.accept(outcome.onFinal(Response.MESSAGE_TOO_LARGE, "Message Too Large For " + b.transport(), null));
                continue;
            }
            try {
                ClientTransaction tx = sip.provider().getNewClientTransaction(request(device, b, body));
                tx.setApplicationData(sink(outcome, decided));
                tx.sendRequest();
            } catch (Exception e) {
                log.warn("operator message to {}: could not send to {}: {}", device, b.contact(), e.toString());
                decided.accept(outcome.onFinal(Response.SERVICE_UNAVAILABLE, "Could Not Send", null));
            }
        }
        ScheduledFuture<?> window = timers.schedule(() -> decided.accept(outcome.onWindowClosed()),
                MessageLimits.DELIVERY_WINDOW.toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((d, e) -> window.cancel(false));
        return result;
    }

    private static ResponseSink sink(FirstSuccess<Response> outcome,
                                     Consumer<Optional<FirstSuccess.Verdict<Response>>> decided) {
        return new ResponseSink() {
            @Override
            public void onResponse(Response response) {
                if (response.getStatusCode() >= 200) {
                    decided.accept(outcome.onFinal(response.getStatusCode(), response.getReasonPhrase(), response));
                }
            }

            @Override
            public void onTimeout() {
                decided.accept(outcome.onFinal(Response.REQUEST_TIMEOUT, "Request Timeout", null));
            }
        };
    }

    private Request request(String device, Binding binding, byte[] body) throws Exception {
        String host = messages.self().host();
        Address from = sip.addresses().createAddress(sip.addresses().createSipURI(serverNumber, host));
        Address to = sip.addresses().createAddress(sip.addresses().createSipURI(DeviceNumber.escaped(device), host));
        ContentTypeHeader type = sip.headers().createContentTypeHeader("text", "plain");
        type.setParameter("charset", "UTF-8");
        Request r = sip.messages().createRequest(sip.addresses().createURI(binding.contact()), Request.MESSAGE,
                sip.provider().getNewCallId(), sip.headers().createCSeqHeader(1L, Request.MESSAGE),
                sip.headers().createFromHeader(from, Long.toHexString(System.nanoTime())),
                sip.headers().createToHeader(to, null), new ArrayList<>(List.of(messages.via(binding.transport()))),
                sip.headers().createMaxForwardsHeader(70), type, body);
        r.addHeader(sip.headers().createUserAgentHeader(List.of(sip.userAgent())));
        return r;
    }
}
