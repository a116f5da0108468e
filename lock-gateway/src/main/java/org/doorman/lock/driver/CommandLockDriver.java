package org.doorman.lock.driver;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A lock opened by running a program, e.g. {@code gpioset gpiochip0 17=1}: exit code 0 means done, anything
 * else (or no exit within the timeout, when the program is killed) is a failure. Without a relock
 * command, {@link #lock()} does nothing: the program is expected to pulse the lock by itself.
 */
public final class CommandLockDriver implements LockDriver {
    private final List<String> unlockCommand;
    private final List<String> relockCommand;
    private final long timeoutMs;

    public CommandLockDriver(List<String> unlockCommand, List<String> relockCommand, long timeoutMs) {
        if (unlockCommand.isEmpty()) {
            throw new IllegalArgumentException("an unlock command is required");
        }
        this.unlockCommand = List.copyOf(unlockCommand);
        this.relockCommand = List.copyOf(relockCommand);
        this.timeoutMs = timeoutMs;
    }

    @Override
    public void unlock() throws DriverException {
        run(unlockCommand);
    }

    @Override
    public void lock() throws DriverException {
        if (!relockCommand.isEmpty()) {
            run(relockCommand);
        }
    }

    private void run(List<String> argv) throws DriverException {
        Process process;
        try {
            process = new ProcessBuilder(argv).redirectInput(Redirect.PIPE).redirectOutput(Redirect.DISCARD)
                    .redirectError(Redirect.DISCARD).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new DriverException(argv.get(0) + " cannot be started: " + e.getMessage(), e);
        }
        try {
            if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new DriverException(argv.get(0) + " did not finish within " + timeoutMs + " ms and was killed");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new DriverException(argv.get(0) + " was interrupted");
        }
        if (process.exitValue() != 0) {
            throw new DriverException(argv.get(0) + " exited with code " + process.exitValue());
        }
    }

    @Override
    public String kind() {
        return "command";
    }

    @Override
    public String description() {
        return "command " + String.join(" ", unlockCommand)
                + (relockCommand.isEmpty() ? "" : " / " + String.join(" ", relockCommand));
    }
}
