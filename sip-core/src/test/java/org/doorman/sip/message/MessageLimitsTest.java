package org.doorman.sip.message;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** RFC 3428's 1300 bytes over UDP; more over TCP, but not without bound. */
class MessageLimitsTest {
    @Test
    void udpTakesUpTo1300Bytes() {
        assertTrue(MessageLimits.fits(0, "UDP"));
        assertTrue(MessageLimits.fits(1300, "udp"));
        assertFalse(MessageLimits.fits(1301, "UDP"));
    }

    @Test
    void tcpTakesMoreButNotWithoutBound() {
        assertTrue(MessageLimits.fits(1301, "TCP"));
        assertTrue(MessageLimits.fits(16 * 1024, "tcp"));
        assertFalse(MessageLimits.fits(16 * 1024 + 1, "TCP"));
    }

    @Test
    void anUnknownTransportIsTreatedAsUdp() {
        assertFalse(MessageLimits.fits(1301, null));
    }
}
