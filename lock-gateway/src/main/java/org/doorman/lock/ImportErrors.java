package org.doorman.lock;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with the rows of an import so the operator sees every bad row at once, not one
 * per attempt; nothing is stored while any remain.
 */
public final class ImportErrors {
    /** Enough to fix a sheet in one go without burying the message in a 10,000-row mistake. */
    static final int MAX_SHOWN = 20;

    private final List<String> errors = new ArrayList<>();

    public void add(int row, String message) {
        add("row " + row, message);
    }

    /** @param where e.g. "Shifts row 4", when an import has more than one sheet */
    public void add(String where, String message) {
        errors.add(where + ": " + message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<String> all() {
        return List.copyOf(errors);
    }

    /** Throws when any row was bad: nothing of the import may be stored then. */
    public void throwIfAny(String what) {
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(what).append(" refused, nothing was imported (")
                .append(errors.size()).append(errors.size() == 1 ? " bad row" : " bad rows").append("):");
        errors.stream().limit(MAX_SHOWN).forEach(e -> message.append("\n  ").append(e));
        if (errors.size() > MAX_SHOWN) {
            message.append("\n  … and ").append(errors.size() - MAX_SHOWN).append(" more");
        }
        throw RefusedException.invalid(null, message.toString());
    }
}
