package org.doorman.sip.transport;

import gov.nist.core.StackLogger;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the JAIN-SIP stack's own logging to SLF4J, so the stack needs no log4j. */
public final class Slf4jStackLogger implements StackLogger {
    private static final Logger log = LoggerFactory.getLogger("doorman.sip.stack");

    @Override public void logStackTrace() { log.trace("stack trace", new Exception("stack trace")); }
    @Override public void logStackTrace(int traceLevel) { logStackTrace(); }
    @Override public int getLineCount() { return 0; }
    @Override public void logException(Throwable ex) { log.warn("SIP stack exception", ex); }
    @Override public void logDebug(String message) { log.debug(message); }
    @Override public void logDebug(String message, Exception ex) { log.debug(message, ex); }
    @Override public void logTrace(String message) { log.trace(message); }
    @Override public void logFatalError(String message) { log.error(message); }
    @Override public void logError(String message) { log.error(message); }
    @Override public void logError(String message, Exception ex) { log.error(message, ex); }
    @Override public void logWarning(String message) { log.warn(message); }
    @Override public void logInfo(String message) { log.info(message); }
    @Override public boolean isLoggingEnabled() { return log.isInfoEnabled(); }
    @Override public void disableLogging() { }
    @Override public void enableLogging() { }
    @Override public void setBuildTimeStamp(String buildTimeStamp) { }
    @Override public void setStackProperties(Properties stackProperties) { }
    @Override public String getLoggerName() { return log.getName(); }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        switch (logLevel) {
            case TRACE_TRACE: return log.isTraceEnabled();
            case TRACE_DEBUG: return log.isDebugEnabled();
            case TRACE_INFO: return log.isInfoEnabled();
            case TRACE_WARN: return log.isWarnEnabled();
            case TRACE_NONE: return false;
            default: return log.isErrorEnabled();
        }
    }
}
