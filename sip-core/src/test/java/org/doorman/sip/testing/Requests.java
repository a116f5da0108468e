package org.doorman.sip.testing;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.doorman.sip.transport.CheckingMessageParser;

/** Requests for unit tests, parsed by the parser the server runs (lines given without CRLF). */
public final class Requests {
    private Requests() {}

    /** Joins `lines` with CRLF, ends the head with an empty line and appends `body`. */
    public static SIPRequest parse(String body, String... lines) {
        return (SIPRequest) message(body, lines);
    }

    public static SIPMessage message(String body, String... lines) {
        String text = String.join("\r\n", lines) + "\r\n\r\n" + body;
        try {
            return new CheckingMessageParser().parseSIPMessage(text.getBytes(StandardCharsets.UTF_8), true, false, null);
        } catch (ParseException e) {
            throw new IllegalArgumentException("test request does not parse: " + e.getMessage(), e);
        }
    }
}
