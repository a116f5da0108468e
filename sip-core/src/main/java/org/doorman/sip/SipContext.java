package org.doorman.sip;

import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

/** The JAIN-SIP factories and provider every handler uses. */
public record SipContext(SipProvider provider, MessageFactory messages, HeaderFactory headers,
                         AddressFactory addresses, String userAgent) {
}
