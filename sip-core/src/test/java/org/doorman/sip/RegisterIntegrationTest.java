package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javax.sip.header.ContactHeader;
import javax.sip.header.MinExpiresHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.auth.DigestAlgorithm;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.registrar.location.Binding;
import org.doorman.sip.support.DigestChallenges;
import org.doorman.sip.support.SipTestClient;
import org.doorman.sip.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registrar over real loopback sockets: a JAIN-SIP device against the real SipServer. One server
 * per class (a JAIN-SIP stack takes a second to stop); each test uses its own devices.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterIntegrationTest {
    @TempDir static Path dataDir;
    private TestServer server;
    private SipTestClient udp;

    @BeforeAll
    void start() throws Exception {
        server = new TestServer(dataDir, "sip.min-expires=60", "sip.max-expires=3600");
        server.directory.add(DeviceKind.VTH, DeviceSpec.of("9901", "Secret123"));
        server.directory.add(DeviceKind.VTH, DeviceSpec.of("9901#1", "Ext12345"));
        for (String room : List.of("101", "102", "103", "104", "105", "106", "107", "108", "109")) {
            server.directory.add(DeviceKind.VTH, DeviceSpec.of(room, "Secret123"));
        }
        server.directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "Door1234"));
        udp = new SipTestClient("udp");
    }

    @AfterAll
    void stop() {
        udp.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"udp", "tcp"})
    void registersWithMd5DigestAndTheBindingRecordsTheSource(String transport) throws Exception {
        try (SipTestClient client = new SipTestClient(transport)) {
            String room = transport.equals("udp") ? "101" : "102";
            Response ok = registerWith(client, room, room, "Secret123", DigestAlgorithm.MD5, 600);
            assertEquals(200, ok.getStatusCode());
            assertEquals(600, ((ContactHeader) ok.getHeader(ContactHeader.NAME)).getExpires());
            List<Binding> bindings = server.location.bindings(room);
            assertEquals(1, bindings.size());
            assertEquals("127.0.0.1", bindings.get(0).sourceAddress());
            if (transport.equals("udp")) {
                assertEquals(client.port, bindings.get(0).sourcePort());
            } else {
                // Over TCP the device is reached on its connection: the ephemeral source port, not the listening one.
                assertTrue(bindings.get(0).sourcePort() > 0);
            }
            assertEquals(transport.toUpperCase(), bindings.get(0).transport());
        }
    }

    @Test
    void challengeOffersMd5AndSha256AndSha256Works() throws Exception {
        Response challenge = udp.send(udp.register(server.port, "8001", "c-sha", 600));
        assertEquals(401, challenge.getStatusCode());
        assertEquals(2, DigestChallenges.count(challenge));
        Request r = udp.register(server.port, "8001", "c-sha", 600);
        Response ok = udp.send(udp.authorized(r, challenge, "8001", "Door1234", DigestAlgorithm.SHA_256, 1));
        assertEquals(200, ok.getStatusCode());
        assertTrue(server.location.online("8001"));
    }

    @Test
    void extensionRegistersWithItsEscapedNumber() throws Exception {
        Response ok = registerWith(udp, "9901%231", "9901#1", "Ext12345", DigestAlgorithm.MD5, 600);
        assertEquals(200, ok.getStatusCode());
        assertTrue(server.location.online("9901#1"));
        assertFalse(server.location.online("9901"));
    }

    @Test
    void unknownUserGetsTheSameChallengeAsAKnownOne() throws Exception {
        Response known = udp.send(udp.register(server.port, "9901", "c-k", 600));
        Response unknown = udp.send(udp.register(server.port, "4242", "c-u", 600));
        assertEquals(401, known.getStatusCode());
        assertEquals(401, unknown.getStatusCode());
        assertEquals(DigestChallenges.count(known), DigestChallenges.count(unknown));
        assertEquals(DigestChallenges.realm(known, DigestAlgorithm.MD5), DigestChallenges.realm(unknown, DigestAlgorithm.MD5));
    }

    @Test
    void authenticatedUserMustMatchTheToUser() throws Exception {
        Response challenge = udp.send(udp.register(server.port, "103", "c-m", 600));
        Request r = udp.register(server.port, "103", "c-m", 600);
        Response answer = udp.send(udp.authorized(r, challenge, "8001", "Door1234", DigestAlgorithm.MD5, 1));
        assertEquals(403, answer.getStatusCode());
        assertFalse(server.location.online("103"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountFromThatSourceEvenForTheRightPassword() throws Exception {
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, registerWith(udp, "104", "104", "wrong" + i, DigestAlgorithm.MD5, 600).getStatusCode());
        }
        assertEquals(403, registerWith(udp, "104", "104", "wrong5", DigestAlgorithm.MD5, 600).getStatusCode());
        Response locked = udp.send(udp.register(server.port, "104", "c-after", 600));
        assertEquals(403, locked.getStatusCode());
        assertEquals("Account Locked", locked.getReasonPhrase());
        assertEquals(200, registerWith(udp, "8001", "8001", "Door1234", DigestAlgorithm.MD5, 600).getStatusCode());
    }

    @Test
    void nonceCountReplayIsRefused() throws Exception {
        Response challenge = udp.send(udp.register(server.port, "105", "c-r", 600));
        Request signed = udp.authorized(udp.register(server.port, "105", "c-r", 600), challenge, "105",
                "Secret123", DigestAlgorithm.MD5, 1);
        assertEquals(200, udp.send(signed).getStatusCode());
        Request replay = (Request) signed.clone();
        replay.setHeader(udp.headers.createCSeqHeader(99L, Request.REGISTER));
        replay.removeHeader("Via");
        var via = udp.headers.createViaHeader("127.0.0.1", udp.port, "udp", null);
        replay.addHeader(via);
        assertEquals(401, udp.send(replay).getStatusCode());
    }

    @Test
    void aRetransmittedRegisterGetsItsTwoHundredAgainNotAChallenge() throws Exception {
        Response challenge = udp.send(udp.register(server.port, "109", "c-rtx", 600));
        Request signed = udp.authorized(udp.register(server.port, "109", "c-rtx", 600), challenge, "109",
                "Secret123", DigestAlgorithm.MD5, 1);
        try (java.net.DatagramSocket raw = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            // The same bytes, sent from a plain socket named in the Via, twice: as a client that lost the 200.
            byte[] bytes = signed.toString().replace("127.0.0.1:" + udp.port, "127.0.0.1:" + raw.getLocalPort())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            raw.setSoTimeout(3000);
            for (int copy = 1; copy <= 2; copy++) {
                assertEquals("SIP/2.0 200 OK", sendUntilAnswered(raw, bytes), "copy " + copy);
            }
        }
    }

    /** Sends the datagram and returns the answer's status line, resending (as a client does) if none came. */
    private String sendUntilAnswered(java.net.DatagramSocket raw, byte[] bytes) throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            raw.send(new java.net.DatagramPacket(bytes, bytes.length, java.net.InetAddress.getLoopbackAddress(),
                    server.port));
            java.net.DatagramPacket in = new java.net.DatagramPacket(new byte[8192], 8192);
            try {
                raw.receive(in);
                return new String(in.getData(), 0, in.getLength(), java.nio.charset.StandardCharsets.UTF_8)
                        .lines().findFirst().orElse("");
            } catch (java.net.SocketTimeoutException noAnswerYet) {
                // resent below, like a client's retransmission timer
            }
        }
        return "no answer to 3 sends";
    }

    @Test
    void tooBriefIsAnswered423WithMinExpires() throws Exception {
        Response r = registerWith(udp, "106", "106", "Secret123", DigestAlgorithm.MD5, 30);
        assertEquals(423, r.getStatusCode());
        assertEquals(60, ((MinExpiresHeader) r.getHeader(MinExpiresHeader.NAME)).getExpires());
    }

    @Test
    void tooLongIsShortenedToTheMaximum() throws Exception {
        Response r = registerWith(udp, "108", "108", "Secret123", DigestAlgorithm.MD5, 86400);
        assertEquals(3600, ((ContactHeader) r.getHeader(ContactHeader.NAME)).getExpires());
    }

    @Test
    void expiresZeroUnregisters() throws Exception {
        assertEquals(200, registerWith(udp, "107", "107", "Secret123", DigestAlgorithm.MD5, 600).getStatusCode());
        assertTrue(server.location.online("107"));
        Response r = registerWith(udp, "107", "107", "Secret123", DigestAlgorithm.MD5, 0);
        assertEquals(200, r.getStatusCode());
        assertFalse(server.location.online("107"));
    }

    @Test
    void optionsIsAnswered() throws Exception {
        Request options = udp.register(server.port, "9901", "c-o", 600);
        Request r = udp.messages.createRequest(options.getRequestURI(), Request.OPTIONS,
                (javax.sip.header.CallIdHeader) options.getHeader("Call-ID"),
                udp.headers.createCSeqHeader(1L, Request.OPTIONS),
                (javax.sip.header.FromHeader) options.getHeader("From"), (javax.sip.header.ToHeader) options.getHeader("To"),
                List.of((javax.sip.header.ViaHeader) options.getHeader("Via")), udp.headers.createMaxForwardsHeader(70));
        assertEquals(200, udp.send(r).getStatusCode());
    }

    /** REGISTER, take the 401, answer it with these credentials (same Call-ID, next CSeq). */
    private Response registerWith(SipTestClient client, String uriUser, String username, String password,
                                  DigestAlgorithm algorithm, int expires) throws Exception {
        String callId = "c-" + System.nanoTime();
        Response challenge = client.send(client.register(server.port, uriUser, callId, expires));
        if (challenge.getStatusCode() != 401) {
            return challenge;
        }
        Request r = client.register(server.port, uriUser, callId, expires);
        return client.send(client.authorized(r, challenge, username, password, algorithm, 1));
    }
}
