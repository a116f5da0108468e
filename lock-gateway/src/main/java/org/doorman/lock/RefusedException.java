package org.doorman.lock;

import java.util.Objects;

/**
 * A request lock-gateway refuses (bad input, unknown person or card, wrong PIN, conflicting data): the
 * message says what is wrong and what is allowed, and {@link #field()} names the field when there is one.
 */
public final class RefusedException extends RuntimeException {

    /** Why it was refused; the management API maps these to HTTP statuses. */
    public enum Reason { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Reason reason;
    private final String field;

    public RefusedException(Reason reason, String field, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason is required");
        this.field = field;
    }

    public static RefusedException invalid(String field, String message) {
        return new RefusedException(Reason.INVALID, field, message);
    }

    public static RefusedException notFound(String field, String message) {
        return new RefusedException(Reason.NOT_FOUND, field, message);
    }

    public Reason reason() {
        return reason;
    }

    /** The request field at fault, e.g. "pin" or "card"; {@code null} when the message alone says it. */
    public String field() {
        return field;
    }
}
