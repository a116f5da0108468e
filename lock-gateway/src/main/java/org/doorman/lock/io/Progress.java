package org.doorman.lock.io;

/** Told how far a long export has come, e.g. to draw a progress bar. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(long done, long total);
}
