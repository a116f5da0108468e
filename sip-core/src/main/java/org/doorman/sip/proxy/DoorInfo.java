package org.doorman.sip.proxy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import javax.sip.ClientTransaction;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.sip.MediaAnchor.Side;
import org.doorman.sip.SipContext;
import org.doorman.sip.handler.ResponseSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a DTMF key as SIP INFO (`application/dtmf-relay`) inside an answered call to one side, for a
 * door station that takes its unlock code that way while the key came as RFC 4733. doorman is only a
 * proxy, so the INFO is built as the other side would send it (RFC 3261 12.2.1.1): From and To with the
 * dialog's tags as the receiver knows them, its remote target (the Contact it gave), the route set
 * beyond doorman toward it, and a CSeq above every one the other side has used so far. The other side
 * does not know of this CSeq, so doorman renumbers that side's later requests in the dialog past it
 * (and gives their responses back their own numbers): the door station sees numbers that keep rising,
 * as RFC 3261 12.2.2 requires, or it would answer the phone's BYE 500.
 */
public final class DoorInfo {
    private static final Logger log = LoggerFactory.getLogger(DoorInfo.class);
    private final SipContext sip;
    private final ProxyMessages messages;

    public DoorInfo(SipContext sip, ProxyMessages messages) {
        this.sip = sip;
        this.messages = messages;
    }

    void send(AnchoredDialog d, Side toward, char key) {
        try {
            Request info = build(d, toward, key);
            ClientTransaction tx = sip.provider().getNewClientTransaction(info);
            tx.setApplicationData(new ResponseSink() {
                @Override
                public void onResponse(Response response) {
                    if (response.getStatusCode() >= 300) {
                        log.info("call {}: the door station answered our DTMF INFO {}", d.callId,
                                response.getStatusCode());
                    }
                }

                @Override
                public void onTimeout() {
                    log.info("call {}: the door station did not answer our DTMF INFO", d.callId);
                }
            });
            tx.sendRequest();
        } catch (Exception e) {
            log.warn("call {}: could not send DTMF {} as INFO to the door station: {}", d.callId, key, e.toString());
        }
    }

    Request build(AnchoredDialog d, Side toward, char key) throws Exception {
        boolean toCaller = toward == Side.CALLER;
        Message fromTarget = toCaller ? d.invite : d.answer;
        URI target = ((ContactHeader) fromTarget.getHeader(ContactHeader.NAME)).getAddress().getURI();
        FromHeader callerFrom = (FromHeader) d.invite.getHeader(FromHeader.NAME);
        ToHeader calleeTo = (ToHeader) d.answer.getHeader(ToHeader.NAME);
        FromHeader from = toCaller ? sip.headers().createFromHeader(calleeTo.getAddress(), calleeTo.getTag())
                : callerFrom;
        ToHeader to = toCaller ? sip.headers().createToHeader(callerFrom.getAddress(), callerFrom.getTag()) : calleeTo;
        String transport = toCaller ? d.callerTransport() : d.calleeTransport;
        Request r = sip.messages().createRequest(target, Request.INFO, (CallIdHeader) d.invite.getHeader(CallIdHeader.NAME),
                sip.headers().createCSeqHeader(d.nextCseq(AnchoredDialog.other(toward)), Request.INFO), from, to,
                List.of(messages.via(transport)), sip.headers().createMaxForwardsHeader(70));
        for (Address hop : routeToward(d.answer, toCaller)) {
            r.addHeader(sip.headers().createRouteHeader(hop));
        }
        r.setContent("Signal=" + key + "\r\nDuration=160\r\n",
                sip.headers().createContentTypeHeader("application", "dtmf-relay"));
        return r;
    }

    /**
     * The Record-Route entries beyond doorman toward one side, in the order a request passes them: the
     * list runs from the callee's end to the caller's, so toward the caller it is the entries after ours,
     * toward the callee the entries before ours, reversed.
     */
    private List<Address> routeToward(Response ok, boolean toCaller) {
        List<Address> before = new ArrayList<>();
        List<Address> after = new ArrayList<>();
        boolean passedUs = false;
        ListIterator<?> it = ok.getHeaders(RecordRouteHeader.NAME);
        while (it != null && it.hasNext()) {
            Address a = ((RecordRouteHeader) it.next()).getAddress();
            if (a.getURI() instanceof SipURI uri && messages.self().isUs(uri)) {
                passedUs = true;
            } else {
                (passedUs ? after : before).add(a);
            }
        }
        Collections.reverse(before);
        return toCaller ? after : before;
    }
}
