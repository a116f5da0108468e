package org.doorman.sip.transport;

import java.util.List;
import java.util.Locale;
import javax.sip.ClientTransaction;
import javax.sip.ListeningPoint;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import org.doorman.registrar.location.Binding;
import org.doorman.sip.SipContext;
import org.doorman.sip.handler.ResponseSink;

/**
 * Puts keep-alives on the wire with the JAIN-SIP stack: an OPTIONS on its own client transaction
 * (whose response goes to the transaction's ResponseSink), or the stack's CRLF heartbeat on the
 * connection a device registered over.
 */
public final class SipKeepAliveProbes implements NatKeepAlive.Probes {
    private final SipContext sip;
    private final String host;
    private final int udpPort;

    /** `host` and `udpPort` are how doorman names itself in the Via and From of its OPTIONS. */
    public SipKeepAliveProbes(SipContext sip, String host, int udpPort) {
        this.sip = sip;
        this.host = host;
        this.udpPort = udpPort;
    }

    @Override
    public void options(Binding binding, ResponseSink outcome) throws Exception {
        // Sent to the registered contact; the NextHopRouter takes it to the binding's source address and port.
        URI target = sip.addresses().createURI(binding.contact());
        Address to = sip.addresses().createAddress(target instanceof SipURI ? target
                : sip.addresses().createSipURI(null, binding.sourceAddress() + ":" + binding.sourcePort()));
        SipURI self = sip.addresses().createSipURI("doorman", host);
        ViaHeader via = sip.headers().createViaHeader(host, udpPort, binding.transport().toLowerCase(Locale.ROOT), null);
        via.setRPort();
        Request options = sip.messages().createRequest(to.getURI(), Request.OPTIONS, sip.provider().getNewCallId(),
                sip.headers().createCSeqHeader(1L, Request.OPTIONS),
                sip.headers().createFromHeader(sip.addresses().createAddress(self), Long.toHexString(System.nanoTime())),
                sip.headers().createToHeader(to, null), List.of(via), sip.headers().createMaxForwardsHeader(70));
        options.addHeader(sip.headers().createUserAgentHeader(List.of(sip.userAgent())));
        ClientTransaction tx = sip.provider().getNewClientTransaction(options);
        tx.setApplicationData(outcome);
        tx.sendRequest();
    }

    @Override
    public void crlf(Binding binding) throws Exception {
        ListeningPoint lp = sip.provider().getListeningPoint(binding.transport());
        if (!(lp instanceof gov.nist.javax.sip.ListeningPointExt ext)) {
            throw new IllegalStateException("no " + binding.transport() + " listening point");
        }
        ext.sendHeartbeat(binding.sourceAddress(), binding.sourcePort());
    }
}
