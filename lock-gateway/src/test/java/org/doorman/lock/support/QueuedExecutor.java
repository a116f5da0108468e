package org.doorman.lock.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** A lock thread that runs its queued commands only when the test says, to see the states in between. */
public final class QueuedExecutor implements Executor {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    public int queued() {
        return queue.size();
    }
}
