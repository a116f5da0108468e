package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sip.message.Request;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.sip.support.SipTestClient;
import org.doorman.sip.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NAT keep-alives on real sockets: a device registered over UDP keeps getting OPTIONS from doorman. */
class KeepAliveIntegrationTest {
    @TempDir Path dataDir;

    @Test
    void aDeviceRegisteredOverUdpGetsAnOptionsEveryKeepAliveInterval() throws Exception {
        try (TestServer server = new TestServer(dataDir, "sip.keepalive-interval=5");
             SipTestClient device = new SipTestClient("udp")) {
            server.directory.add(DeviceKind.VTH, DeviceSpec.of("101", "Secret123"));
            CountDownLatch twoOptions = new CountDownLatch(2);
            List<Request> received = new CopyOnWriteArrayList<>();
            device.onRequest(event -> {
                if (Request.OPTIONS.equals(event.getRequest().getMethod())) {
                    received.add(event.getRequest());
                    device.reply(event, 200);
                    twoOptions.countDown();
                }
            });
            assertEquals(200, device.registerWithDigest(server.port, "101", "101", "Secret123", 600).getStatusCode());

            // The first comes one interval after the REGISTER, the second one interval later.
            assertTrue(twoOptions.await(20, TimeUnit.SECONDS), "OPTIONS received: " + received.size());
            Request options = received.get(0);
            assertEquals(server.location.bindings("101").get(0).contact(), options.getRequestURI().toString());
            assertEquals(server.port, ((javax.sip.header.ViaHeader) options.getHeader("Via")).getPort());
            assertTrue(server.sip().keepAliveStats().answered() >= 1, server.sip().keepAliveStats().toString());
            assertTrue(server.location.online("101"));
        }
    }
}
