package org.doorman.sip.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReasonPhraseTest {
    @Test
    void line_breaks_array_identities_and_characters_a_phrase_may_not_hold_go() {
        assertEquals("ID expected", ReasonPhrase.clean("[C@5f099f57\nID expected"));
        assertEquals("INVITE sip:user@example.com SIP/2.0 :GenericURI, Bad URI format",
                ReasonPhrase.clean("INVITE <sip:user@example.com> SIP/2.0\n:GenericURI, Bad URI format"));
        assertEquals("Content-Length: -999 :For input string:",
                ReasonPhrase.clean("Content-Length: -999\r\n:For input string: \"\""));
    }

    @Test
    void a_long_message_is_cut_and_null_is_empty() {
        assertTrue(ReasonPhrase.clean("x".repeat(500)).length() <= 120);
        assertEquals("", ReasonPhrase.clean(null));
    }
}
