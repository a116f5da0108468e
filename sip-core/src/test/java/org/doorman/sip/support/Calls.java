package org.doorman.sip.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.auth.DigestAlgorithm;
import org.doorman.registrar.location.ContactUpdate;
import org.doorman.registrar.location.RegisterOutcome;
import org.doorman.registrar.location.RegisterRequest;

/** What call tests do over and over: bind a device, place an authenticated INVITE, get a call answered. */
public final class Calls {
    private Calls() {}

    /** Registers `device` as `number` straight in the location service (no REGISTER on the wire). */
    public static void bind(TestServer server, String number, Answerer device) {
        assertInstanceOf(RegisterOutcome.Accepted.class, server.location.register(new RegisterRequest(number,
                "reg-" + number + "-" + device.port, 1, "127.0.0.1", device.port, "UDP", "test", false,
                List.of(new ContactUpdate(device.contact(number), 600, 1f)))));
    }

    /** An INVITE from `caller` answering the server's 407, carrying `sdp` (null: none, a late offer). */
    public static Request invite(TestServer server, SipTestClient client, String caller, String password,
                                 String dialled, String callId, String sdp) throws Exception {
        Response challenge = client.send(client.invite(server.port, caller, dialled, callId));
        assertEquals(407, challenge.getStatusCode());
        Request invite = client.authorized(client.invite(server.port, caller, dialled, callId), challenge, caller,
                password, DigestAlgorithm.MD5, 1, "Proxy-Authorization");
        if (sdp == null) {
            invite.removeContent();
            invite.removeHeader("Content-Type");
        } else {
            invite.setContent(sdp, client.headers.createContentTypeHeader("application", "sdp"));
        }
        return invite;
    }

    /** Sends the INVITE, has `device` answer 200 and acknowledges it; returns the 2xx as the caller got it. */
    public static Response answered(SipTestClient client, Request invite, Answerer device) throws Exception {
        CompletableFuture<Response> answer = client.sendAsync(invite);
        assertTrue(device.awaitRinging(), "the device rings");
        device.answer(200);
        Response ok = answer.get(10, TimeUnit.SECONDS);
        assertEquals(200, ok.getStatusCode());
        client.sendAck(client.inDialog(ok, Request.ACK));
        assertTrue(device.awaitRequest(Request.ACK), "the ACK reaches the device");
        return ok;
    }
}
