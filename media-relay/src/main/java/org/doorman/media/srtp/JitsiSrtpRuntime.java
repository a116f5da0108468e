package org.doorman.media.srtp;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jitsi.srtp.crypto.Aes;
import org.jitsi.srtp.crypto.JitsiOpenSslProvider;
import org.jitsi.utils.logging2.LoggerImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets jitsi-srtp up once per JVM, before its first use: its java.util.logging output goes to SLF4J at
 * debug level instead of stderr, and AES is the JDK's (AES-NI intrinsics), named up front instead of
 * found by jitsi-srtp's start-up benchmark. Measured on 172-byte G.711 packets, the JDK's AES seals and
 * opens several times faster than OpenSSL through the JNI library bundled in the jar, which pays a
 * native call and a cipher re-initialisation per packet. HMAC-SHA1 comes from that library when it
 * loads (about as fast as the JDK's), from the JDK otherwise: both work, and a missing library is no error.
 */
final class JitsiSrtpRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(JitsiSrtpRuntime.class);
    /** java.util.logging holds its loggers weakly: this keeps the configured one alive. */
    private static final java.util.logging.Logger JITSI_JUL = java.util.logging.Logger.getLogger("org.jitsi");
    /** The parent of every crypto context's logger; its records reach SLF4J through {@link #JITSI_JUL}. */
    static final org.jitsi.utils.logging2.Logger CONTEXT_LOGGER;
    private static final boolean OPENSSL;

    static {
        routeJitsiLoggingToSlf4j();
        OPENSSL = JitsiOpenSslProvider.isLoaded(); // tries the bundled native library once
        Aes.setFactoryClassName("SunJCE");
        CONTEXT_LOGGER = new LoggerImpl("org.jitsi.srtp.doorman");
        LOG.info("SRTP by jitsi-srtp: AES from the JDK, HMAC-SHA1 from {}",
                OPENSSL ? "OpenSSL (bundled native library)" : "the JDK (native library not loaded)");
    }

    private JitsiSrtpRuntime() {
    }

    /** Runs the set-up above if it has not run yet. */
    static void ensureReady() {
        // class initialisation did the work
    }

    /** Whether jitsi-srtp's native OpenSSL library loaded (then it computes HMAC-SHA1). */
    static boolean openSsl() {
        return OPENSSL;
    }

    /**
     * Everything jitsi-srtp logs is about start-up choices we log ourselves, or about one packet whose
     * fate the relay already counts (a replay, a failed tag): at warn level a hostile peer could flood
     * the log, so it all goes to debug. When debug is off the level is OFF, so per-packet messages are
     * never even formatted.
     */
    private static void routeJitsiLoggingToSlf4j() {
        boolean debug = LoggerFactory.getLogger("org.jitsi").isDebugEnabled();
        JITSI_JUL.setUseParentHandlers(false);
        JITSI_JUL.setLevel(debug ? Level.FINE : Level.OFF);
        JITSI_JUL.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                Logger target = LoggerFactory.getLogger(record.getLoggerName());
                if (target.isDebugEnabled()) {
                    target.debug(record.getMessage(), record.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }
}
