package org.doorman.conf.storage;

/** A database failure, with a message an operator can act on. */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
