package org.doorman.registrar.directory;

/** A refused directory change, naming the field and why; the API maps the reason to an HTTP status. */
public final class DirectoryException extends RuntimeException {
    /** Why a change was refused. */
    public enum Reason { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Reason reason;
    private final String field;

    public DirectoryException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
