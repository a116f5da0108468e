package org.doorman.media.rtsp;

/** Constants of RTSP 1.0 (RFC 2326) that the relay relies on. */
public final class Rfc2326 {
    /** The first byte of an interleaved binary frame (§10.12). */
    public static final byte INTERLEAVED_MAGIC = '$';
    /** The port an rtsp:// URL without one means (§3.2). */
    public static final int DEFAULT_PORT = 554;
    /** The session timeout when a server names none (§12.37). */
    public static final int DEFAULT_SESSION_TIMEOUT_SECONDS = 60;

    private Rfc2326() {
    }
}
