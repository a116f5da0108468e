package org.doorman.sip.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sip.message.Request;
import org.doorman.sip.testing.Requests;
import org.junit.jupiter.api.Test;

class SessionBodyChecksTest {
    private static final String SDP = "v=0\r\no=- 1 1 IN IP4 192.0.2.5\r\ns=-\r\nc=IN IP4 192.0.2.5\r\nt=0 0\r\n"
            + "m=audio 49217 RTP/AVP 0\r\n";
    private final SessionBodyChecks checks = new SessionBodyChecks(Set.of(Request.INVITE));

    private static Request request(String method, String body, String... more) {
        List<String> lines = new ArrayList<>(List.of(method + " sip:user@example.com SIP/2.0",
                "Via: SIP/2.0/UDP host.example.com;branch=z9hG4bKkdjuw", "From: <sip:caller@example.net>;tag=1",
                "To: <sip:user@example.com>", "Call-ID: body-1", "CSeq: 1 " + method,
                "Content-Length: " + body.length()));
        lines.addAll(List.of(more));
        return Requests.parse(body, lines.toArray(String[]::new));
    }

    @Test
    void an_invite_with_sdp_passes() {
        assertNull(checks.check(request("INVITE", SDP, "Content-Type: application/sdp")));
        assertNull(checks.check(request("INVITE", SDP, "c: Application/SDP", "Accept: application/sdp")));
    }

    @Test
    void an_invite_without_a_body_or_accept_passes() {
        assertNull(checks.check(request("INVITE", "")));
    }

    @Test
    void an_offer_in_another_format_gets_415_with_accept_naming_sdp() {
        RequestChecks.Refusal r = checks.check(request("INVITE", "<audio>\r\n <pcmu port=\"443\"/>\r\n</audio>\r\n",
                "Content-Type: application/unknownformat"));
        assertEquals(415, r.status());
        assertEquals(Map.of("Accept", "application/sdp"), r.headers());
    }

    @Test
    void a_body_without_content_type_or_with_an_encoding_gets_415() {
        assertEquals(415, checks.check(request("INVITE", SDP)).status());
        assertEquals(415, checks.check(request("INVITE", SDP, "Content-Type: application/sdp",
                "Content-Encoding: gzip")).status());
    }

    @Test
    void an_accept_that_rules_out_sdp_gets_406() {
        assertEquals(406, checks.check(request("INVITE", SDP, "Content-Type: application/sdp",
                "Accept: text/nobodyKnowsThis")).status());
        assertEquals(406, checks.check(request("INVITE", "", "Accept: application/sdp;q=0")).status());
    }

    @Test
    void wildcard_ranges_accept_sdp() {
        assertNull(checks.check(request("INVITE", "", "Accept: text/plain, application/*")));
        assertNull(checks.check(request("INVITE", "", "Accept: */*")));
    }

    @Test
    void other_methods_are_not_checked() {
        assertNull(checks.check(request("MESSAGE", "Hello", "Content-Type: text/plain", "Accept: text/plain")));
    }
}
