package org.doorman.sip.transport;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.text.ParseException;

/**
 * JAIN-SIP's message parser, plus a scan of each request's raw start line and header names whose
 * findings ride on the message (its application data) to doorman's request checks, and parse errors
 * whose messages fit a status line. Stateless, as the stack shares one parser between its threads.
 */
public final class CheckingMessageParser extends StringMsgParser {
    @Override
    public SIPMessage parseSIPMessage(byte[] message, boolean readBody, boolean strict,
                                      ParseExceptionListener listener) throws ParseException {
        SIPMessage parsed;
        try {
            parsed = super.parseSIPMessage(message, readBody, strict, listener);
        } catch (ParseException e) {
            // The stack's UDP channel puts this message into the status line of its automatic 400.
            throw new ParseException(ReasonPhrase.clean(e.getMessage()), e.getErrorOffset());
        }
        if (parsed instanceof SIPRequest) {
            ParseFindings findings = ParseFindings.scan(message);
            if (!findings.clean()) {
                parsed.setApplicationData(findings);
            }
        }
        return parsed;
    }
}
