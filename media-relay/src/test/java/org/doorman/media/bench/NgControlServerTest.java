package org.doorman.media.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorman.conf.PortRange;
import org.doorman.media.srtp.SrtpCipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ng front of doorman's relay, request datagram to reply datagram, on a real relay on loopback. */
class NgControlServerTest {
    private NgControlServer server;

    @BeforeEach
    void start() throws Exception {
        server = new NgControlServer(0, PortRange.parse("41000-41099"), SrtpCipher::new);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String sdp(int port, String proto) {
        return "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio " + port + " " + proto + " 0\r\na=rtpmap:0 PCMU/8000\r\n";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> send(String cookie, Map<String, Object> request) {
        byte[] body = Bencode.encode(request);
        byte[] datagram = new byte[cookie.length() + 1 + body.length];
        System.arraycopy((cookie + " ").getBytes(StandardCharsets.US_ASCII), 0, datagram, 0, cookie.length() + 1);
        System.arraycopy(body, 0, datagram, cookie.length() + 1, body.length);
        byte[] reply = server.reply(datagram, datagram.length);
        String prefix = new String(reply, 0, cookie.length() + 1, StandardCharsets.US_ASCII);
        assertEquals(cookie + " ", prefix);
        return (Map<String, Object>) Bencode.decode(reply, cookie.length() + 1, reply.length);
    }

    private static Map<String, Object> request(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static int port(Object sdp) {
        return ((String) sdp).lines().filter(l -> l.startsWith("m=audio ")).map(l -> Integer.parseInt(l.split(" ")[1]))
                .findFirst().orElseThrow();
    }

    @Test
    void offerAnswerAndDeleteAnchorAndReleaseACall() {
        Map<String, Object> offer = send("1", request("command", "offer", "call-id", "c1", "from-tag", "a",
                "sdp", sdp(5000, "RTP/AVP"), "replace", List.of("origin", "session-connection")));
        assertEquals("ok", offer.get("result"));
        int towardB = port(offer.get("sdp"));
        Map<String, Object> answer = send("2", request("command", "answer", "call-id", "c1", "from-tag", "a",
                "to-tag", "b", "sdp", sdp(5002, "RTP/AVP")));
        assertEquals("ok", answer.get("result"));
        int towardA = port(answer.get("sdp"));
        assertTrue(towardA >= 41000 && towardA < 41100 && towardB >= 41000 && towardB < 41100 && towardA != towardB,
                towardA + " / " + towardB);
        assertEquals(4, server.relay().portsInUse());

        assertEquals("ok", send("3", request("command", "delete", "call-id", "c1", "from-tag", "a")).get("result"));
        assertEquals(0, server.relay().portsInUse());
        assertEquals("error", send("4", request("command", "delete", "call-id", "c1")).get("result"));
    }

    @Test
    void aRepeatedCookieGetsTheSameReplyWithoutASecondOffer() {
        Map<String, Object> offer = request("command", "offer", "call-id", "c2", "sdp", sdp(5000, "RTP/AVP"));
        Map<String, Object> first = send("same", offer);
        Map<String, Object> again = send("same", offer);
        assertEquals(first, again);
        assertEquals(1, server.relay().sessions().size());
    }

    @Test
    void badRequestsGetAnErrorReply() {
        assertEquals("error", send("5", request("command", "answer", "call-id", "nobody", "sdp", sdp(1, "RTP/AVP")))
                .get("result"));
        assertEquals("error", send("6", request("command", "bogus")).get("result"));
        assertEquals("'sdp' missing", send("7", request("command", "offer", "call-id", "x")).get("error-reason"));
        byte[] notBencode = "8 d3:abc".getBytes(StandardCharsets.US_ASCII);
        assertTrue(new String(server.reply(notBencode, notBencode.length), StandardCharsets.US_ASCII)
                .contains("bad bencode"));
        assertNull(server.reply("nocookie".getBytes(StandardCharsets.US_ASCII), 8));
        assertArrayEquals("9 d6:result4:ponge".getBytes(StandardCharsets.US_ASCII),
                server.reply("9 d7:command4:pinge".getBytes(StandardCharsets.US_ASCII), 19));
    }

    @Test
    void anSrtpOfferWithTransportProtocolRtpAvpIsBridgedToPlainRtp() {
        String key = "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz\r\n";
        Map<String, Object> offer = send("s1", request("command", "offer", "call-id", "s", "from-tag", "a",
                "sdp", sdp(5000, "RTP/SAVP") + key, "transport-protocol", "RTP/AVP"));
        assertEquals("ok", offer.get("result"), String.valueOf(offer.get("error-reason")));
        String towardB = (String) offer.get("sdp");
        assertTrue(towardB.contains(" RTP/AVP ") && !towardB.contains("a=crypto"), towardB);
        Map<String, Object> answer = send("s2", request("command", "answer", "call-id", "s", "from-tag", "a",
                "to-tag", "b", "sdp", sdp(5002, "RTP/AVP")));
        String towardA = (String) answer.get("sdp");
        assertTrue(towardA.contains(" RTP/SAVP ") && towardA.contains("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:")
                && !towardA.contains("WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz"), towardA);
    }

    @Test
    void anSavpOfferIsSecureAndTheTransportFlagDecidesTheOtherLeg() {
        assertTrue(NgCommands.savp(sdp(5000, "RTP/SAVP")));
        assertTrue(NgCommands.savp(sdp(5000, "RTP/SAVPF")));
        assertEquals(false, NgCommands.savp(sdp(5000, "RTP/AVP") + "a=note:RTP/SAVP\r\n"));
    }
}
