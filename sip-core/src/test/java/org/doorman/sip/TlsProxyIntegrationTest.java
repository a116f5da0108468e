package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.sip.support.FakeAnchor;
import org.doorman.sip.support.SipTestClient;
import org.doorman.sip.support.TestServer;
import org.doorman.sip.transport.tls.TlsCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call across transports: a door station on TLS calls a monitor on UDP. doorman Record-Routes
 * twice (its UDP side for the monitor, its TLS side for the door station), the 200 reaches the
 * caller over TLS, the ACK reaches the monitor over UDP, and the monitor's BYE reaches the door
 * station on the TLS connection it registered over.
 */
class TlsProxyIntegrationTest {
    @TempDir Path dataDir;

    @Test
    void aTlsCallerReachesAUdpCalleeAndTheDialogRunsThroughBothOfDoormansSides() throws Exception {
        FakeAnchor anchor = new FakeAnchor();
        try (TestServer server = new TestServer(dataDir, java.time.Clock.systemUTC(), DoorControl.NONE, anchor,
                "sip.authenticate-calls=false");
             SipTestClient door = SipTestClient.tls(dataDir.resolve(TlsCredentials.GENERATED_CERTIFICATE), "TLSv1.2");
             SipTestClient monitor = new SipTestClient("udp")) {
            server.directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "Door1234"));
            server.directory.add(DeviceKind.VTH, DeviceSpec.of("9901", "Secret123"));
            assertEquals(200, door.registerWithDigest(server.tlsPort, "8001", "8001", "Door1234", 600).getStatusCode());
            assertEquals(200, monitor.registerWithDigest(server.port, "9901", "9901", "Secret123", 600).getStatusCode());

            CompletableFuture<Request> invited = new CompletableFuture<>();
            CompletableFuture<Request> acked = new CompletableFuture<>();
            monitor.onRequest(event -> {
                Request r = event.getRequest();
                if (Request.INVITE.equals(r.getMethod())) {
                    invited.complete(r);
                    send(monitor, answer(monitor, r));
                } else if (Request.ACK.equals(r.getMethod())) {
                    acked.complete(r);
                }
            });
            CompletableFuture<Request> hungUp = new CompletableFuture<>();
            door.onRequest(event -> {
                if (Request.BYE.equals(event.getRequest().getMethod())) {
                    hungUp.complete(event.getRequest());
                    door.reply(event, 200);
                }
            });

            Request invite = invite(door, server.tlsPort);
            invite.setContent("v=0\r\nc=IN IP4 127.0.0.1\r\nm=audio 4000 RTP/AVP 0\r\n",
                    door.headers.createContentTypeHeader("application", "sdp"));
            Response ok = door.send(invite);
            assertEquals(200, ok.getStatusCode());
            String callId = ((CallIdHeader) invite.getHeader(CallIdHeader.NAME)).getCallId();
            assertEquals(List.of(new FakeAnchor.Call("offer", callId + "/0", MediaAnchor.Side.CALLER, true, false)),
                    anchor.calls(), "the media anchor hears the caller's leg is TLS and the monitor's is not");

            Request atMonitor = invited.get(10, TimeUnit.SECONDS);
            String udpSide = "<sip:127.0.0.1:" + server.port + ";transport=udp;lr>";
            String tlsSide = "<sip:127.0.0.1:" + server.tlsPort + ";transport=tls;lr>";
            assertEquals(List.of(udpSide, tlsSide), recordRoutes(atMonitor));
            ViaHeader via = (ViaHeader) atMonitor.getHeader(ViaHeader.NAME);
            assertEquals("UDP", via.getTransport().toUpperCase());
            assertEquals(server.port, via.getPort());
            assertEquals(List.of(udpSide, tlsSide), recordRoutes(ok), "the caller learns the same route set");

            door.provider().sendRequest(ackFor(door, ok));
            assertEquals(Request.ACK, acked.get(10, TimeUnit.SECONDS).getMethod());

            Response byeAnswer = monitor.send(byeFrom(monitor, atMonitor));
            assertEquals(200, byeAnswer.getStatusCode());
            Request atDoor = hungUp.get(10, TimeUnit.SECONDS);
            ViaHeader doormanVia = (ViaHeader) atDoor.getHeader(ViaHeader.NAME);
            assertEquals("TLS", doormanVia.getTransport().toUpperCase());
            assertEquals(server.tlsPort, doormanVia.getPort());
            assertTrue(anchor.awaitReleased(callId).isEmpty(), "the BYE released the call's session once");
        }
    }

    private static Request invite(SipTestClient door, int tlsPort) throws Exception {
        SipURI target = door.addresses.createSipURI("9901", "127.0.0.1:" + tlsPort);
        target.setTransportParam("tls");
        Address from = door.addresses.createAddress(door.addresses.createSipURI("8001", "127.0.0.1"));
        Address to = door.addresses.createAddress(door.addresses.createSipURI("9901", "127.0.0.1"));
        ViaHeader via = door.headers.createViaHeader("127.0.0.1", door.port, "tls", null);
        Request invite = door.messages.createRequest(target, Request.INVITE,
                door.headers.createCallIdHeader("call-" + System.nanoTime()), door.headers.createCSeqHeader(1L, Request.INVITE),
                door.headers.createFromHeader(from, "door"), door.headers.createToHeader(to, null), List.of(via),
                door.headers.createMaxForwardsHeader(70));
        invite.addHeader(door.headers.createContactHeader(door.addresses.createAddress(contactOf(door, "8001"))));
        return invite;
    }

    private static void send(SipTestClient client, Response response) {
        try {
            client.provider().sendResponse(response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response answer(SipTestClient monitor, Request invite) {
        try {
            Response ok = monitor.messages.createResponse(200, invite);
            ((ToHeader) ok.getHeader(ToHeader.NAME)).setTag("monitor");
            ok.addHeader(monitor.headers.createContactHeader(monitor.addresses.createAddress(contactOf(monitor, "9901"))));
            return ok;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ACK for the 2xx (RFC 3261 13.2.2.4): to the answerer's Contact along the reversed Record-Route. */
    private static Request ackFor(SipTestClient door, Response ok) throws Exception {
        ViaHeader via = door.headers.createViaHeader("127.0.0.1", door.port, "tls", "z9hG4bK-ack-" + System.nanoTime());
        Request ack = door.messages.createRequest(((ContactHeader) ok.getHeader(ContactHeader.NAME)).getAddress().getURI(),
                Request.ACK, (CallIdHeader) ok.getHeader(CallIdHeader.NAME), door.headers.createCSeqHeader(1L, Request.ACK),
                (FromHeader) ok.getHeader(FromHeader.NAME), (ToHeader) ok.getHeader(ToHeader.NAME), List.of(via),
                door.headers.createMaxForwardsHeader(70));
        List<Address> routes = recordRouteAddresses(ok);
        Collections.reverse(routes);
        for (Address a : routes) {
            ack.addHeader(door.headers.createRouteHeader(a));
        }
        return ack;
    }

    /** The callee's BYE (RFC 3261 15.1.1): to the caller's Contact along the Record-Route in order. */
    private static Request byeFrom(SipTestClient monitor, Request invite) throws Exception {
        FromHeader caller = (FromHeader) invite.getHeader(FromHeader.NAME);
        ToHeader callee = (ToHeader) invite.getHeader(ToHeader.NAME);
        ViaHeader via = monitor.headers.createViaHeader("127.0.0.1", monitor.port, "udp", null);
        Request bye = monitor.messages.createRequest(((ContactHeader) invite.getHeader(ContactHeader.NAME)).getAddress()
                        .getURI(), Request.BYE, (CallIdHeader) invite.getHeader(CallIdHeader.NAME),
                monitor.headers.createCSeqHeader(((CSeqHeader) invite.getHeader(CSeqHeader.NAME)).getSeqNumber() + 100,
                        Request.BYE),
                monitor.headers.createFromHeader(callee.getAddress(), "monitor"),
                monitor.headers.createToHeader(caller.getAddress(), caller.getTag()), List.of(via),
                monitor.headers.createMaxForwardsHeader(70));
        for (Address a : recordRouteAddresses(invite)) {
            bye.addHeader(monitor.headers.createRouteHeader(a));
        }
        return bye;
    }

    private static SipURI contactOf(SipTestClient client, String user) throws Exception {
        SipURI contact = client.addresses.createSipURI(user, "127.0.0.1:" + client.port);
        contact.setTransportParam(transportOf(client));
        return contact;
    }

    private static String transportOf(SipTestClient client) {
        return client.provider().getListeningPoints()[0].getTransport().toLowerCase();
    }

    private static List<Address> recordRouteAddresses(javax.sip.message.Message m) {
        List<Address> out = new ArrayList<>();
        ListIterator<?> it = m.getHeaders(RecordRouteHeader.NAME);
        while (it.hasNext()) {
            out.add((Address) ((RecordRouteHeader) it.next()).getAddress().clone());
        }
        return out;
    }

    private static List<String> recordRoutes(javax.sip.message.Message m) {
        return recordRouteAddresses(m).stream().map(Object::toString).toList();
    }
}
