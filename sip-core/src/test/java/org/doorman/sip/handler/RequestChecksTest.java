package org.doorman.sip.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;
import javax.sip.message.Request;
import org.doorman.sip.testing.Requests;
import org.junit.jupiter.api.Test;

class RequestChecksTest {
    private final RequestChecks checks = new RequestChecks(Set.of("path"));

    private static Request request(String requestLine, String... more) {
        String[] lines = new String[7 + more.length];
        lines[0] = requestLine;
        lines[1] = "Via: SIP/2.0/UDP host.example.com;branch=z9hG4bKkdjuw";
        lines[2] = "From: <sip:caller@example.net>;tag=1";
        lines[3] = "To: <sip:user@example.com>";
        lines[4] = "Call-ID: checks-1";
        lines[5] = "CSeq: 1 " + requestLine.substring(0, requestLine.indexOf(' '));
        lines[6] = "Content-Length: 0";
        System.arraycopy(more, 0, lines, 7, more.length);
        return Requests.parse("", lines);
    }

    @Test
    void a_plain_request_passes() {
        assertNull(checks.check(request("OPTIONS sip:user@example.com SIP/2.0", "Max-Forwards: 70")));
    }

    @Test
    void an_unknown_sip_version_gets_505() {
        assertEquals(505, checks.check(request("OPTIONS sip:user@example.com SIP/7.0")).status());
    }

    @Test
    void repeated_single_value_headers_get_400_naming_them() {
        RequestChecks.Refusal r = checks.check(request("OPTIONS sip:user@example.com SIP/2.0",
                "Max-Forwards: 70", "Max-Forwards: 5", "Content-Length: 0"));
        assertEquals(400, r.status());
        assertEquals("Repeated Single-Value Header: Content-Length, Max-Forwards", r.reason());
    }

    @Test
    void the_wire_findings_come_before_the_uri_scheme() {
        assertEquals(505, checks.check(request("OPTIONS nobodyKnowsThisScheme:opaque SIP/7.0")).status());
    }

    @Test
    void a_non_sip_request_uri_gets_416() {
        assertEquals(416, checks.check(request("OPTIONS nobodyKnowsThisScheme:totallyopaquecontent SIP/2.0")).status());
        assertEquals(416, checks.check(request("OPTIONS soap.beep://192.0.2.103:3002 SIP/2.0")).status());
    }

    @Test
    void an_unsupported_require_gets_420_listing_every_unsupported_tag() {
        RequestChecks.Refusal r = checks.check(request("OPTIONS sip:user@example.com SIP/2.0",
                "Require: nothingSupportsThis, nothingSupportsThisEither", "Require: path"));
        assertEquals(420, r.status());
        assertEquals(Map.of("Unsupported", "nothingSupportsThis, nothingSupportsThisEither"), r.headers());
    }

    @Test
    void max_forwards_zero_gets_483_unless_the_request_is_for_the_server_itself() {
        assertEquals(483, checks.check(request("OPTIONS sip:user@example.com SIP/2.0", "Max-Forwards: 0")).status());
        assertNull(checks.check(request("OPTIONS sip:example.com SIP/2.0", "Max-Forwards: 0")));
    }
}
