package org.doorman.cli;

/** A failure the CLI reports as one line on stderr with an exit code, never as a stack trace. */
public final class CliException extends RuntimeException {
    /** Exit code when the server cannot be reached. */
    public static final int UNREACHABLE = 2;
    /** Exit code when the server (or the configuration) refuses what was asked. */
    public static final int REFUSED = 1;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
