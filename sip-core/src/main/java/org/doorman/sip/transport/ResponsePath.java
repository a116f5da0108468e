package org.doorman.sip.transport;

import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.stack.MessageChannel;
import java.io.IOException;
import java.net.InetAddress;

/**
 * Sends a response back the way its request came (RFC 3261 18.2.2): on the same connection for TCP,
 * from the same UDP socket to the source address otherwise.
 *
 * <p>JAIN-SIP's stateless SipProvider.sendResponse picks the transport from the top Via's
 * sent-protocol instead: a request that arrived over TCP with "Via: SIP/2.0/UDP" (or over UDP
 * with ".../TCP", ".../TLS") was answered over a transport the client is not listening on, or not
 * at all. A device gets its answer on the transport it used, whatever its Via claims.
 */
public final class ResponsePath {
    private static final int DEFAULT_PORT = 5060;

    private ResponsePath() {}

    /** Sends `response` towards the source of `request`; throws if the request came from no channel. */
    public static void send(SIPRequest request, SIPResponse response) throws IOException {
        if (!(request.getMessageChannel() instanceof MessageChannel channel)) {
            throw new IOException("the request did not come from the network");
        }
        if (channel.isReliable()) {
            channel.sendMessage(response);
            return;
        }
        channel.sendMessage(response, request.getPeerPacketSourceAddress(), udpPort(request));
    }

    /**
     * The UDP port to answer to: the source port if the client asked for it with rport (RFC 3581;
     * the stack has then filled the value in), else the Via's sent-by port, else 5060. The address is
     * always the source address, which is what "received" holds (RFC 3261 18.2.2); a maddr is not
     * followed, so a forged one cannot make doorman send answers elsewhere.
     */
    static int udpPort(SIPRequest request) {
        Via via = request.getTopmostVia();
        if (via.getRPort() > 0) {
            return via.getRPort();
        }
        return via.getPort() > 0 ? via.getPort() : DEFAULT_PORT;
    }

    /** The address the request came from, for logging. */
    public static String source(SIPRequest request) {
        InetAddress address = request.getPeerPacketSourceAddress();
        return address == null ? "?" : address.getHostAddress() + ":" + request.getPeerPacketSourcePort();
    }
}
