package org.doorman.sip.transport;

import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/** Gives the stack doorman's CheckingMessageParser (stack property MESSAGE_PARSER_FACTORY). */
public final class CheckingMessageParserFactory implements MessageParserFactory {
    private static final CheckingMessageParser PARSER = new CheckingMessageParser();

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        return PARSER;
    }
}
