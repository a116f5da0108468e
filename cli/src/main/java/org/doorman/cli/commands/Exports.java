package org.doorman.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import org.doorman.cli.CliException;

/** File work for imports and exports: one message for a file the CLI cannot read or write. */
final class Exports {

    private Exports() {
    }

    /** Something that reads or writes a file. */
    @FunctionalInterface
    interface FileWork<T> {
        T run() throws IOException;
    }

    static <T> T file(Path file, String verb, FileWork<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new CliException(CliException.REFUSED, "cannot " + verb + " " + file + ": " + e.getMessage());
        } catch (org.doorman.lock.RefusedException e) {
            throw new CliException(CliException.REFUSED, (e.field() == null ? "" : e.field() + ": ") + e.getMessage());
        }
    }

    /** At most one of --json, --csv and --xlsx. */
    static void oneFormat(boolean json, Path csv, Path xlsx) {
        int count = (json ? 1 : 0) + (csv != null ? 1 : 0) + (xlsx != null ? 1 : 0);
        if (count > 1) {
            throw new CliException(CliException.REFUSED, "--json, --csv and --xlsx: give at most one");
        }
    }
}
