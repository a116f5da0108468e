package org.doorman.sip.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawBadRequestTest {
    private static String answer(String head) {
        return RawBadRequest.answer(head.getBytes(StandardCharsets.UTF_8), "Bad Request (ID expected)")
                .map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
    }

    @Test
    void copies_via_cseq_call_id_from_and_to_and_tags_the_to() {
        String a = answer("INVITE sip:user@example.com SIP/2.0\r\nTo: sip:j.user@example.com\r\n"
                + "From: sip:caller@example.net;tag=134161461246\r\nMax-Forwards: 7\r\nCall-ID: badinv01.0ha0\r\n"
                + "CSeq: 8 INVITE\r\nVia: SIP/2.0/UDP 192.0.2.15;;,;,,\r\nContact: \"Joe\" <sip:joe@example.org>;;;;\r\n"
                + "Content-Length: 152\r\n\r\n");
        assertEquals("SIP/2.0 400 Bad Request (ID expected)\r\n"
                + "To: sip:j.user@example.com;tag=badreq\r\nFrom: sip:caller@example.net;tag=134161461246\r\n"
                + "Call-ID: badinv01.0ha0\r\nCSeq: 8 INVITE\r\nVia: SIP/2.0/UDP 192.0.2.15;;,;,,\r\n"
                + "Content-Length: 0\r\n\r\n", a);
    }

    @Test
    void compact_and_folded_headers_are_copied_unfolded_and_an_existing_tag_is_kept() {
        String a = answer("OPTIONS sip:a@b SIP/2.0\r\nv: SIP/2.0/TCP h;\r\n branch=z9hG4bK1\r\n"
                + "t: <sip:a@b> ;  tag = 7\r\ni: x\r\n\r\n");
        assertTrue(a.contains("v: SIP/2.0/TCP h; branch=z9hG4bK1\r\n"), a);
        assertTrue(a.contains("t: <sip:a@b> ;  tag = 7\r\n"), a);
    }

    @Test
    void acks_responses_and_requests_without_via_get_nothing() {
        assertEquals(null, answer("ACK sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h\r\n\r\n"));
        assertEquals(null, answer("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP h\r\n\r\n"));
        assertEquals(null, answer("OPTIONS sip:a@b SIP/2.0\r\nCall-ID: x\r\n\r\n"));
    }
}
