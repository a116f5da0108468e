package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.auth.DigestAlgorithm;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.sip.support.DigestChallenges;
import org.doorman.sip.support.MutableClock;
import org.doorman.sip.support.SipTestClient;
import org.doorman.sip.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Dahua door station registers with From = To = Contact user = auth user, keeps its Call-ID and
 * re-registers about every 600 s reusing its last nonce. It must stay registered: a fresh-enough
 * nonce is accepted with the next nonce count, an old one costs exactly one 401 stale=true.
 */
class DahuaReRegistrationTest {
    @TempDir Path dataDir;

    @Test
    void refreshesEvery600SecondsWithoutGoingOfflineOrLooping() throws Exception {
        MutableClock clock = new MutableClock();
        try (TestServer server = new TestServer(dataDir, clock, "sip.nonce-ttl=300");
             SipTestClient vto = new SipTestClient("udp")) {
            server.directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "Door1234"));
            String callId = "dahua-8001";

            Response challenge = vto.send(vto.register(server.port, "8001", callId, 600));
            assertEquals(401, challenge.getStatusCode());
            Request first = vto.authorized(vto.register(server.port, "8001", callId, 600), challenge, "8001",
                    "Door1234", DigestAlgorithm.MD5, 1);
            assertEquals(200, vto.send(first).getStatusCode());

            clock.advance(Duration.ofSeconds(120));
            Request sameNonce = vto.authorized(vto.register(server.port, "8001", callId, 600), challenge, "8001",
                    "Door1234", DigestAlgorithm.MD5, 2);
            assertEquals(200, vto.send(sameNonce).getStatusCode(), "a fresh nonce with the next count is accepted");

            for (int refresh = 0; refresh < 3; refresh++) {
                clock.advance(Duration.ofSeconds(590));
                assertTrue(server.location.online("8001"), "still registered just before the refresh");
                Request oldNonce = vto.authorized(vto.register(server.port, "8001", callId, 600), challenge, "8001",
                        "Door1234", DigestAlgorithm.MD5, 3 + refresh);
                Response stale = vto.send(oldNonce);
                assertEquals(401, stale.getStatusCode());
                assertTrue(DigestChallenges.stale(stale), "an old nonce with the right password gets stale=true");
                challenge = stale;
                Request renewed = vto.authorized(vto.register(server.port, "8001", callId, 600), challenge, "8001",
                        "Door1234", DigestAlgorithm.MD5, 1);
                assertEquals(200, vto.send(renewed).getStatusCode(), "one 401, then registered again");
            }
        }
    }
}
