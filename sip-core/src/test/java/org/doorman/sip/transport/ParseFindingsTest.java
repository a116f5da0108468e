package org.doorman.sip.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParseFindingsTest {
    private static ParseFindings scan(String... lines) {
        return ParseFindings.scan((String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void a_version_other_than_2_0_is_kept_as_sent() {
        ParseFindings f = scan("OPTIONS sip:t.watson@example.org SIP/7.0", "Call-ID: a");
        assertEquals("SIP/7.0", f.sipVersion());
        assertFalse(f.versionSupported());
    }

    @Test
    void the_version_is_case_insensitive_and_may_be_followed_by_spaces() {
        assertTrue(scan("OPTIONS sip:a@example.org sip/2.0  ").versionSupported());
        assertTrue(scan("INVITE  sip:a@example.org  SIP/2.0").clean());
    }

    @Test
    void leading_empty_lines_are_skipped_as_the_parser_skips_them() {
        assertTrue(ParseFindings.scan("\r\n\r\nOPTIONS sip:a@b SIP/2.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                .clean());
    }

    @Test
    void repeated_single_value_headers_are_found_in_full_and_compact_form() {
        ParseFindings f = scan("INVITE sip:user@company.com SIP/2.0", "CSeq: 5 INVITE", "Call-ID: a",
                "CSeq: 59 INVITE", "i: b", "From: sip:a@x;tag=1", "t: sip:b@x", "To: sip:c@x", "f: sip:d@x;tag=2",
                "Max-Forwards: 70", "Max-Forwards: 5");
        assertEquals(Set.of("CSeq", "Call-ID", "From", "To", "Max-Forwards"), f.repeatedHeaders());
        assertFalse(f.clean());
    }

    @Test
    void two_content_lengths_are_repeated_even_with_odd_spacing() {
        assertEquals(Set.of("Content-Length"),
                scan("OPTIONS sip:a@b SIP/2.0", "Content-Length: 13", "content-length   : 5").repeatedHeaders());
    }

    @Test
    void list_headers_folded_lines_and_the_body_do_not_count() {
        String message = "OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP a\r\nVia: SIP/2.0/UDP b\r\n"
                + "Contact: <sip:a@b>\r\nContact: <sip:c@d>\r\nSubject: x\r\n Call-ID: folded\r\nCall-ID: one\r\n"
                + "\r\nCall-ID: in the body\r\n";
        assertTrue(ParseFindings.scan(message.getBytes(StandardCharsets.US_ASCII)).clean());
    }
}
