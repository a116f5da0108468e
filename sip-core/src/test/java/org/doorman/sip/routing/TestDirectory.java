package org.doorman.sip.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DirectoryEntry;

/**
 * An in-memory directory for routing tests. list() answers in reverse order of adding, so tests
 * prove the router orders what it rings instead of trusting the directory's order.
 */
final class TestDirectory implements DirectoryView {
    private final Map<String, DirectoryEntry> entries = new LinkedHashMap<>();

    TestDirectory room(String... numbers) {
        for (String n : numbers) {
            add(n, DeviceKind.VTH, "", "", false, false);
        }
        return this;
    }

    /** A room carrying building and unit numbers, as platform-style numbers need. */
    TestDirectory roomIn(String number, String buildNo, String unitNo) {
        return add(number, DeviceKind.VTH, buildNo, unitNo, false, false);
    }

    TestDirectory phone(String extension) {
        return add(extension, DeviceKind.VTH, "", "", true, false);
    }

    TestDirectory vto(String... numbers) {
        for (String n : numbers) {
            add(n, DeviceKind.VTO, "", "", false, false);
        }
        return this;
    }

    TestDirectory vts(String... numbers) {
        for (String n : numbers) {
            add(n, DeviceKind.VTS, "", "", false, false);
        }
        return this;
    }

    TestDirectory ipc(String number) {
        return add(number, DeviceKind.IPC, "", "", false, false);
    }

    /** The server's own VTO entry, as Directory.load() creates it: no credentials. */
    TestDirectory server(String number) {
        return add(number, DeviceKind.VTO, "", "", false, true);
    }

    private TestDirectory add(String number, DeviceKind kind, String buildNo, String unitNo, boolean phone,
            boolean server) {
        entries.put(number, new DirectoryEntry(number, kind, "", "", "", "", buildNo, unitNo, "", "", phone,
                server, null));
        return this;
    }

    @Override
    public Optional<DirectoryEntry> find(String canonicalNumber) {
        return Optional.ofNullable(entries.get(canonicalNumber));
    }

    @Override
    public List<DirectoryEntry> list(DeviceKind kind) {
        List<DirectoryEntry> all = new ArrayList<>(entries.values().stream().filter(e -> e.kind() == kind).toList());
        Collections.reverse(all);
        return all;
    }
}
