package org.doorman.sip.routing;

import java.util.List;
import java.util.Optional;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryEntry;

/** What call routing reads of the directory; the live Directory satisfies it through {@link #of}. */
public interface DirectoryView {
    /** The entry with this canonical number ("9901", "9901#1", "8001"), if any. */
    Optional<DirectoryEntry> find(String canonicalNumber);

    /** Every entry of a kind, in any order (the router orders what it rings itself). */
    List<DirectoryEntry> list(DeviceKind kind);

    static DirectoryView of(Directory directory) {
        return new DirectoryView() {
            @Override
            public Optional<DirectoryEntry> find(String canonicalNumber) {
                return directory.find(canonicalNumber);
            }

            @Override
            public List<DirectoryEntry> list(DeviceKind kind) {
                return directory.list(kind);
            }
        };
    }
}
