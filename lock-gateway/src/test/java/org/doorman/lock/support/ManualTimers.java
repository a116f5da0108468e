package org.doorman.lock.support;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import org.doorman.lock.door.Timers;

/** Timers that run only when a test moves the clock on, in due order, on the test's thread. */
public final class ManualTimers implements Timers {
    private final MutableClock clock;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.due.equals(b.due)
            ? Long.compare(a.seq, b.seq) : a.due.compareTo(b.due));
    private long seq;

    private static final class Task {
        Instant due;
        final long seq;
        final Duration period;
        final Runnable run;
        boolean cancelled;

        Task(Instant due, long seq, Duration period, Runnable run) {
            this.due = due;
            this.seq = seq;
            this.period = period;
            this.run = run;
        }
    }

    public ManualTimers(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Cancellable after(Duration delay, Runnable task) {
        return add(delay, null, task);
    }

    @Override
    public synchronized Cancellable every(Duration period, Runnable task) {
        return add(period, period, task);
    }

    private Cancellable add(Duration delay, Duration period, Runnable run) {
        Task t = new Task(clock.instant().plus(delay), seq++, period, run);
        tasks.add(t);
        return () -> t.cancelled = true;
    }

    /** Moves the clock on by d, running every task that falls due on the way at its due time. */
    public void advance(Duration d) {
        Instant end = clock.instant().plus(d);
        while (true) {
            Task next;
            Instant due;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due.isAfter(end)) {
                    break;
                }
                tasks.poll();
                if (next.cancelled) {
                    continue;
                }
                due = next.due;
                if (next.period != null) {
                    next.due = next.due.plus(next.period);
                    tasks.add(next);
                }
            }
            clock.set(due.isBefore(clock.instant()) ? clock.instant() : due);
            next.run.run();
        }
        clock.set(end);
    }

    /** Tasks still to run (cancelled ones not counted). */
    public synchronized long pending() {
        return tasks.stream().filter(t -> !t.cancelled).count();
    }
}
