package org.doorman.sip.transport;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import javax.sip.SipStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs every SIP message sent and received at TRACE on "doorman.sip.wire" (off by default). */
public final class Slf4jServerLogger implements ServerLogger {
    private static final Logger wire = LoggerFactory.getLogger("doorman.sip.wire");

    @Override public void closeLogFile() { }
    @Override public void setStackProperties(Properties stackProperties) { }
    @Override public void setSipStack(SipStack sipStack) { }
    @Override public void logException(Exception ex) { wire.debug("SIP message exception", ex); }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        logMessage(message, from, to, null, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        logMessage(message, from, to, status, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        if (wire.isTraceEnabled()) {
            wire.trace("{} {} -> {}\n{}", sender ? "sent" : "received", from, to, message.encode());
        }
    }
}
