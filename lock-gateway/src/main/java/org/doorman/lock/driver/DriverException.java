package org.doorman.lock.driver;

/** A lock or contact command that did not go through: the device did not answer, refused, or timed out. */
public final class DriverException extends Exception {

    public DriverException(String message) {
        super(message);
    }

    public DriverException(String message, Throwable cause) {
        super(message, cause);
    }
}
