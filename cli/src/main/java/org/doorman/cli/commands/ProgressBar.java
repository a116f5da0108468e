package org.doorman.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorman.lock.io.Progress;

/** A progress bar on stderr for long exports, drawn only when stderr is a terminal (never into a log or pipe). */
final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String label;
    private int lastPercent = -1;

    private ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    static Progress on(PrintWriter err, String label) {
        return stderrIsTerminal() ? new ProgressBar(err, label) : Progress.NONE;
    }

    @Override
    public void update(long done, long total) {
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% "
                + done + "/" + total);
        if (done >= total) {
            err.println();
        }
        err.flush();
    }

    /** Java offers no isatty for stderr; on Linux fd 2 links to a /dev/pts or /dev/tty device when it is one. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception | Error e) {
            return false;
        }
    }
}
