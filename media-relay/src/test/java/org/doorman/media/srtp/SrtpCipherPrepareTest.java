package org.doorman.media.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Start-up and bad traffic stay quiet: nothing above debug reaches the log, whether or not the native library loads. */
class SrtpCipherPrepareTest {
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listen() {
        events.start();
        root.addAppender(events);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(events);
    }

    private List<String> warningsAndErrors() {
        return events.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
    }

    @Test
    void preparesEverySuiteWithoutWarnings() {
        SrtpCipher.prepare();
        assertEquals(List.of(), warningsAndErrors());
    }

    @Test
    void refusedPacketsLogNothingAboveDebug() {
        SecureRandom random = new SecureRandom();
        SdesKey key = SdesKey.generate(1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, random);
        LegCipher cipher = new SrtpCipher(key, key);
        byte[] plain = TestPackets.rtp(9, 500);
        byte[] sealed = cipher.sealRtp(plain, plain.length);
        cipher.openRtp(sealed.clone(), sealed.length);
        assertNull(cipher.openRtp(sealed.clone(), sealed.length), "replay");
        assertNull(cipher.sealRtp(plain, plain.length), "index sent before");
        byte[] old = TestPackets.rtp(9, 100); // far behind the 64-packet replay window
        assertNull(cipher.sealRtp(old, old.length));
        assertEquals(List.of(), warningsAndErrors());
    }
}
