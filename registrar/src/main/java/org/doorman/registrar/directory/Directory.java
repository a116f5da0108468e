package org.doorman.registrar.directory;

import static org.doorman.registrar.directory.DirectoryException.Reason.CONFLICT;
import static org.doorman.registrar.directory.DirectoryException.Reason.FORBIDDEN;
import static org.doorman.registrar.directory.DirectoryException.Reason.INVALID;
import static org.doorman.registrar.directory.DirectoryException.Reason.NOT_FOUND;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.doorman.registrar.auth.DigestAlgorithm;
import org.doorman.registrar.auth.Ha1;

/**
 * The building's directory of door stations, rooms, centres and cameras, kept in memory for the SIP
 * hot path and written through to the database before a change is acknowledged.
 */
public final class Directory {
    private final DirectoryRepository repository;
    private final String realm;
    private final String serverNumber;
    private final String centreNumber;
    private final Map<String, DirectoryEntry> entries = new ConcurrentHashMap<>();
    private final List<Consumer<String>> removalListeners = new CopyOnWriteArrayList<>();

    public Directory(DirectoryRepository repository, String realm, String serverNumber, String centreNumber) {
        this.repository = repository;
        this.realm = realm;
        this.serverNumber = serverNumber;
        this.centreNumber = centreNumber;
    }

    /** Loads the stored directory and makes sure the server's own VTO entry exists. */
    public synchronized void load() {
        entries.clear();
        List<String> staleServerEntries = new ArrayList<>();
        for (DirectoryEntry e : repository.loadAll()) {
            if (e.server() && !e.number().equals(serverNumber)) {
                staleServerEntries.add(e.number());
            } else {
                entries.put(e.number(), e);
            }
        }
        repository.deleteAll(staleServerEntries);
        if (!entries.containsKey(serverNumber)) {
            DirectoryEntry own = new DirectoryEntry(serverNumber, DeviceKind.VTO, "doorman", "", "SIP server",
                    "", "", "", "", "", false, true, null);
            repository.insertAll(List.of(own));
            entries.put(serverNumber, own);
        }
    }

    /** Numbers whose stored hashes were made for another realm: they cannot register until reset. */
    public List<String> numbersWithOtherRealm() {
        return entries.values().stream()
                .filter(e -> e.credentials() != null && !e.credentials().realm().equals(realm))
                .map(DirectoryEntry::number).sorted().toList();
    }

    /** Called with a number whenever its entry is removed, so bindings can go with it. */
    public void onRemoved(Consumer<String> listener) {
        removalListeners.add(listener);
    }

    public Optional<DirectoryEntry> find(String number) {
        return Optional.ofNullable(entries.get(DeviceNumber.canonical(number)));
    }

    public List<DirectoryEntry> list(DeviceKind kind) {
        return entries.values().stream().filter(e -> e.kind() == kind)
                .sorted(Comparator.comparing(DirectoryEntry::number, Directory::compareNumbers)).toList();
    }

    public List<DirectoryEntry> all() {
        return entries.values().stream()
                .sorted(Comparator.comparing(DirectoryEntry::number, Directory::compareNumbers)).toList();
    }

    public DirectoryEntry add(DeviceKind kind, DeviceSpec spec) {
        return addAll(kind, List.of(spec)).get(0);
    }

    /** Adds every device or none: the first bad one is reported with its position. */
    public synchronized List<DirectoryEntry> addAll(DeviceKind kind, List<DeviceSpec> specs) {
        List<DirectoryEntry> added = new ArrayList<>(specs.size());
        Set<String> batch = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            try {
                DirectoryEntry e = create(kind, specs.get(i), batch);
                batch.add(e.number());
                added.add(e);
            } catch (DirectoryException e) {
                if (specs.size() == 1) {
                    throw e;
                }
                throw new DirectoryException(e.reason(), e.field(), "item " + (i + 1) + ": " + e.getMessage());
            }
        }
        repository.insertAll(added);
        added.forEach(e -> entries.put(e.number(), e));
        return added;
    }

    public synchronized DirectoryEntry modify(DeviceKind kind, String number, DeviceSpec changes) {
        DirectoryEntry old = existing(kind, number);
        if (old.server()) {
            throw new DirectoryException(FORBIDDEN, "number", "the server's own entry " + old.number()
                    + " cannot be modified");
        }
        if (changes.number() != null && !DeviceNumber.canonical(changes.number()).equals(old.number())) {
            throw new DirectoryException(INVALID, "number", "a number cannot be changed; remove and add the device");
        }
        Credentials credentials = changes.password() == null ? old.credentials()
                : credentials(old.number(), DeviceRules.password(changes.password()));
        DirectoryEntry updated = new DirectoryEntry(old.number(), kind,
                pick(DeviceRules.text("firstName", changes.firstName(), DeviceRules.MAX_NAME), old.firstName()),
                pick(DeviceRules.text("lastName", changes.lastName(), DeviceRules.MAX_NAME), old.lastName()),
                pick(DeviceRules.text("nickName", changes.nickName(), DeviceRules.MAX_NAME), old.nickName()),
                pick(DeviceRules.ipAddress(changes.ipAddress()), old.ipAddress()),
                pick(DeviceRules.digitsOrEmpty("buildNo", changes.buildNo(), 8), old.buildNo()),
                pick(DeviceRules.digitsOrEmpty("unitNo", changes.unitNo(), 8), old.unitNo()),
                pick(DeviceRules.text("webUsername", changes.webUsername(), DeviceRules.MAX_NAME), old.webUsername()),
                pick(DeviceRules.text("webPassword", changes.webPassword(), 64), old.webPassword()),
                phoneFlag(kind, changes.phone(), old.phone()), false, credentials);
        requireIpForCamera(updated);
        repository.update(updated);
        entries.put(updated.number(), updated);
        return updated;
    }

    public synchronized void remove(DeviceKind kind, String number) {
        DirectoryEntry e = existing(kind, number);
        if (e.server()) {
            throw new DirectoryException(FORBIDDEN, "number", "the server's own entry " + e.number()
                    + " cannot be removed");
        }
        List<String> extensions = entries.keySet().stream()
                .filter(n -> DeviceNumber.roomOf(n).filter(e.number()::equals).isPresent()).sorted().toList();
        if (!extensions.isEmpty()) {
            throw new DirectoryException(CONFLICT, "number", "room " + e.number() + " still has extensions "
                    + String.join(", ", extensions) + ": remove them first");
        }
        delete(List.of(e.number()));
    }

    /** Removes every device of the kind except the server's own entry; returns how many went. */
    public synchronized int clear(DeviceKind kind) {
        List<String> numbers = list(kind).stream().filter(e -> !e.server()).map(DirectoryEntry::number).toList();
        delete(numbers);
        return numbers.size();
    }

    private void delete(List<String> numbers) {
        repository.deleteAll(numbers);
        numbers.forEach(entries::remove);
        numbers.forEach(n -> removalListeners.forEach(l -> l.accept(n)));
    }

    private DirectoryEntry create(DeviceKind kind, DeviceSpec spec, Set<String> batch) {
        String number = DeviceNumber.validate(kind, spec.number());
        if (entries.containsKey(number) || batch.contains(number)) {
            DirectoryEntry other = entries.get(number);
            throw new DirectoryException(CONFLICT, "number", "number " + number + " is already used"
                    + (other == null ? " earlier in this batch" : " by a " + other.kind().id()));
        }
        if (number.equals(centreNumber)) {
            throw new DirectoryException(CONFLICT, "number", "number " + number
                    + " is the centre call number (sip.centre-number)");
        }
        Optional<String> room = DeviceNumber.roomOf(number);
        if (room.isPresent() && !entries.containsKey(room.get()) && !batch.contains(room.get())) {
            throw new DirectoryException(NOT_FOUND, "number", "room " + room.get()
                    + " does not exist: add the room before its extension " + number);
        }
        DirectoryEntry e = new DirectoryEntry(number, kind,
                DeviceRules.text("firstName", spec.firstName(), DeviceRules.MAX_NAME),
                DeviceRules.text("lastName", spec.lastName(), DeviceRules.MAX_NAME),
                DeviceRules.text("nickName", spec.nickName(), DeviceRules.MAX_NAME),
                DeviceRules.ipAddress(spec.ipAddress()),
                DeviceRules.digitsOrEmpty("buildNo", spec.buildNo(), 8),
                DeviceRules.digitsOrEmpty("unitNo", spec.unitNo(), 8),
                DeviceRules.text("webUsername", spec.webUsername(), DeviceRules.MAX_NAME),
                DeviceRules.text("webPassword", spec.webPassword(), 64),
                phoneFlag(kind, spec.phone(), false), false,
                credentials(number, DeviceRules.password(spec.password())));
        requireIpForCamera(e);
        return e;
    }

    private DirectoryEntry existing(DeviceKind kind, String number) {
        String n = DeviceNumber.canonical(number);
        DirectoryEntry e = entries.get(n);
        if (e == null || e.kind() != kind) {
            throw new DirectoryException(NOT_FOUND, "number", "no " + kind.id() + " with number " + n);
        }
        return e;
    }

    private Credentials credentials(String number, String password) {
        String escaped = DeviceNumber.escaped(number);
        boolean twoSpellings = !escaped.equals(number);
        return new Credentials(realm,
                Ha1.of(DigestAlgorithm.MD5, number, realm, password),
                Ha1.of(DigestAlgorithm.SHA_256, number, realm, password),
                twoSpellings ? Ha1.of(DigestAlgorithm.MD5, escaped, realm, password) : null,
                twoSpellings ? Ha1.of(DigestAlgorithm.SHA_256, escaped, realm, password) : null);
    }

    private static boolean phoneFlag(DeviceKind kind, Boolean requested, boolean current) {
        if (requested == null) {
            return current;
        }
        if (requested && kind != DeviceKind.VTH) {
            throw new DirectoryException(INVALID, "phone", "only a room extension (vth) can be a SIP phone");
        }
        return requested;
    }

    private static void requireIpForCamera(DirectoryEntry e) {
        if (e.kind() == DeviceKind.IPC && e.ipAddress().isEmpty()) {
            throw new DirectoryException(INVALID, "ipAddress", "an ipc needs its IP address");
        }
    }

    private static String pick(String changed, String old) {
        return changed == null ? old : changed;
    }

    /** Orders by the numeric value of the room or device number, then extension: 101, 9901, 9901#1, 9902. */
    private static int compareNumbers(String a, String b) {
        int byBase = Long.compare(base(a), base(b));
        return byBase != 0 ? byBase : a.compareTo(b);
    }

    private static long base(String number) {
        int hash = number.indexOf('#');
        return Long.parseLong(hash < 0 ? number : number.substring(0, hash));
    }
}
