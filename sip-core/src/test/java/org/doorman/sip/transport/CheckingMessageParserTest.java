package org.doorman.sip.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.nist.javax.sip.message.SIPMessage;
import java.util.Set;
import org.doorman.sip.testing.Requests;
import org.junit.jupiter.api.Test;

class CheckingMessageParserTest {
    @Test
    void the_stock_parser_hides_the_version_but_the_findings_keep_it() {
        SIPMessage m = Requests.message("", "OPTIONS sip:t.watson@example.org SIP/7.0",
                "Via: SIP/7.0/UDP c.example.com;branch=z9hG4bKkdjuw", "Max-Forwards: 70",
                "From: <sip:a.g.bell@example.com>;tag=qweoiqpe", "To: <sip:t.watson@example.org>",
                "Call-ID: badvers.31417@c.example.com", "CSeq: 1 OPTIONS", "l: 0");
        assertEquals("SIP/2.0", ((gov.nist.javax.sip.message.SIPRequest) m).getRequestLine().getSipVersion(),
                "if JAIN-SIP ever reports the real version, this parser can go");
        assertEquals("SIP/7.0", ParseFindings.of(m).sipVersion());
    }

    @Test
    void the_stock_parser_keeps_the_first_of_repeated_headers_and_the_findings_name_them() {
        SIPMessage m = Requests.message("", "OPTIONS sip:a@example.com SIP/2.0", "Via: SIP/2.0/UDP h;branch=z9hG4bK1",
                "From: <sip:a@example.com>;tag=1", "To: <sip:b@example.com>", "Call-ID: first", "Call-ID: second",
                "CSeq: 1 OPTIONS", "Content-Length: 0");
        assertEquals("first", m.getCallId().getCallId());
        assertEquals(Set.of("Call-ID"), ParseFindings.of(m).repeatedHeaders());
    }

    @Test
    void a_clean_request_carries_no_findings() {
        SIPMessage m = Requests.message("", "OPTIONS sip:a@example.com SIP/2.0", "Via: SIP/2.0/UDP h;branch=z9hG4bK1",
                "From: <sip:a@example.com>;tag=1", "To: <sip:b@example.com>", "Call-ID: c", "CSeq: 1 OPTIONS",
                "Content-Length: 0");
        assertNull(m.getApplicationData());
        assertTrue(ParseFindings.of(m).clean());
    }

    @Test
    void responses_are_not_scanned() {
        SIPMessage m = Requests.message("", "SIP/2.0 200 OK", "Via: SIP/2.0/UDP h;branch=z9hG4bK1",
                "From: <sip:a@example.com>;tag=1", "To: <sip:b@example.com>;tag=2", "Call-ID: c", "Call-ID: d",
                "CSeq: 1 OPTIONS", "Content-Length: 0");
        assertNull(m.getApplicationData());
    }
}
