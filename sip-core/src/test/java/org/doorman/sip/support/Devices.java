package org.doorman.sip.support;

import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.auth.DigestAlgorithm;

/** What tests do as a device over and over: register with digest, send a request answering a 401/407. */
public final class Devices {
    private Devices() {}

    /** Registers `user` (URI user part) as `authUser`; fails the test unless the registrar says 200. */
    public static void register(SipTestClient device, int serverPort, String user, String authUser, String password)
            throws Exception {
        Request register = device.register(serverPort, user, "reg-" + device.port, 600);
        Response answer = sendAuthenticated(device, register, authUser, password);
        if (answer.getStatusCode() != 200) {
            throw new AssertionError(user + " could not register: " + answer.getStatusCode());
        }
    }

    /** Sends the request; if challenged (401 or 407), once more with MD5 digest credentials. */
    public static Response sendAuthenticated(SipTestClient device, Request request, String authUser, String password)
            throws Exception {
        Response first = device.send(request);
        if (first.getStatusCode() != 401 && first.getStatusCode() != 407) {
            return first;
        }
        String header = first.getStatusCode() == 407 ? "Proxy-Authorization" : "Authorization";
        return device.send(device.authorized(request, first, authUser, password, DigestAlgorithm.MD5, 1, header));
    }
}
