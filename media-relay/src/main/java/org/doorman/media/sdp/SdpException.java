package org.doorman.media.sdp;

/** A body that is not SDP the relay can read; the message says which line and why. */
public final class SdpException extends Exception {
    public SdpException(String message) {
        super(message);
    }
}
