package org.doorman.lock.door;

import java.time.Duration;

/** Delayed and repeated tasks, so tests can drive lock and sensor timing with a hand-moved clock. */
public interface Timers {

    /** Something scheduled that can be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    Cancellable after(Duration delay, Runnable task);

    Cancellable every(Duration period, Runnable task);
}
