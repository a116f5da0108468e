package org.doorman.sip.routing;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceNumber;
import org.doorman.registrar.directory.DirectoryEntry;
import org.doorman.sip.routing.RouteDecision.Refuse;
import org.doorman.sip.routing.RouteDecision.Ring;

/**
 * Decides who a dialled number rings: the directory and the routing rules in, a {@link RouteDecision}
 * out, no I/O.
 *
 * <p>The decision names devices, not registrations. The proxy looks up the bindings of each number in
 * {@link Ring#deviceNumbers()} (same canonical form the registrar stores), forks to every binding of
 * every device that has one, in the given order, and answers 480 Temporarily Unavailable when none of
 * them is registered. sip.max-branches counts devices here, not bindings.
 *
 * <p>Order of the checks, so that a misdialled number is always told apart from a timing refusal:
 * unknown caller (403), the dialled number (404/403, 480 when no centre exists), calling oneself
 * (486), then the Calling Center Period and the door station's call periods (480), then the cap.
 * The caller never rings itself: an extension dialling its room rings the room's other devices.
 * Holds no state of its own, so one instance serves every thread.
 */
public final class CallRouter {
    /** Rooms and devices by numeric value, then extension: 101, 9901, 9901#1, 9901#2, 9902. */
    static final Comparator<String> NUMBER_ORDER = Comparator
            .comparingLong((String n) -> Long.parseLong(n.contains("#") ? n.substring(0, n.indexOf('#')) : n))
            .thenComparing(Comparator.naturalOrder());

    private final DirectoryView directory;
    private final RoutingRules rules;

    public CallRouter(DirectoryView directory, RoutingRules rules) {
        this.directory = directory;
        this.rules = rules;
    }

    /**
     * @param callerNumber the authenticated caller's number, canonical or escaped ("9901%232")
     * @param dialledUser  the Request-URI user part as received, e.g. "9901%231", "%230", "1#1#101"
     * @param at           when the INVITE arrived; read in sip.time-zone
     */
    public RouteDecision route(String callerNumber, String dialledUser, ZonedDateTime at) {
        Optional<DirectoryEntry> caller = callerNumber == null ? Optional.empty()
                : directory.find(DeviceNumber.canonical(callerNumber));
        if (caller.isEmpty()) {
            return Refusals.UNKNOWN_CALLER;
        }
        DirectoryEntry from = caller.get();
        RouteDecision resolved = resolve(from, DialledNumber.parse(dialledUser));
        if (resolved instanceof Refuse refusal) {
            return refusal;
        }
        Ring reached = (Ring) resolved;
        List<String> devices = reached.deviceNumbers().stream().filter(n -> !n.equals(from.number())).toList();
        if (devices.isEmpty()) {
            return Refusals.OWN_NUMBER;
        }
        LocalTime local = at.withZoneSameInstant(rules.zone()).toLocalTime();
        if (reached.kind() == CallKind.CENTRE
                && rules.centrePeriodIfSet().filter(period -> !period.contains(local)).isPresent()) {
            return Refusals.OUTSIDE_CENTRE_PERIOD;
        }
        // The centre stays reachable from the door at any hour; its own period governs it.
        if (from.kind() == DeviceKind.VTO && reached.kind() != CallKind.CENTRE
                && !rules.doorMayCallAt(from.number(), local)) {
            return Refusals.OUTSIDE_CALL_PERIOD;
        }
        int kept = Math.min(devices.size(), rules.maxBranches());
        return new Ring(devices.subList(0, kept), reached.kind(), devices.subList(kept, devices.size()));
    }

    private RouteDecision resolve(DirectoryEntry from, DialledNumber dialled) {
        if (dialled instanceof DialledNumber.Plain p) {
            return p.number().equals(rules.centreNumber()) ? centre() : number(from, p.number());
        }
        if (dialled instanceof DialledNumber.Extension e) {
            return number(from, e.room() + "#" + e.index());
        }
        if (dialled instanceof DialledNumber.Relative r) {
            return roomOf(from).map(room -> number(from, withIndex(room, r.index()))).orElse(Refusals.NOT_FOUND);
        }
        if (dialled instanceof DialledNumber.Platform p) {
            return platform(from, p);
        }
        return Refusals.NOT_FOUND;
    }

    private RouteDecision number(DirectoryEntry from, String number) {
        if (number.equals(from.number())) {
            return Refusals.OWN_NUMBER;
        }
        Optional<DirectoryEntry> found = directory.find(number);
        if (found.isEmpty()) {
            return Refusals.NOT_FOUND;
        }
        DirectoryEntry to = found.get();
        if (to.server()) {
            return Refusals.SERVER_NUMBER;
        }
        return switch (to.kind()) {
            case VTH -> DeviceNumber.roomOf(number).isPresent()
                    ? new Ring(List.of(number), CallKind.EXTENSION, List.of())
                    : room(number);
            case VTO -> new Ring(List.of(number), CallKind.DOOR_STATION, List.of());
            case VTS -> new Ring(List.of(number), CallKind.GUARD_STATION, List.of());
            case IPC -> new Ring(List.of(number), CallKind.CAMERA, List.of());
        };
    }

    /** The main monitor first, then, under group call, every extension #1..#9 in the directory. */
    private Ring room(String room) {
        List<String> devices = new ArrayList<>();
        devices.add(room);
        if (rules.groupCall()) {
            directory.list(DeviceKind.VTH).stream()
                    .map(DirectoryEntry::number)
                    .filter(n -> DeviceNumber.roomOf(n).filter(room::equals).isPresent())
                    .sorted(NUMBER_ORDER)
                    .forEach(devices::add);
        }
        return new Ring(devices, CallKind.ROOM, List.of());
    }

    private RouteDecision centre() {
        List<String> centres = directory.list(DeviceKind.VTS).stream()
                .map(DirectoryEntry::number).sorted(NUMBER_ORDER).toList();
        return centres.isEmpty() ? Refusals.NO_CENTRE : new Ring(centres, CallKind.CENTRE, List.of());
    }

    /** building#unit#room: the one room whose entry carries that building and unit; leading zeros do not count. */
    private RouteDecision platform(DirectoryEntry from, DialledNumber.Platform p) {
        List<String> rooms = directory.list(DeviceKind.VTH).stream()
                .filter(e -> DeviceNumber.roomOf(e.number()).isEmpty())
                .filter(e -> sameDigits(e.buildNo(), p.building()) && sameDigits(e.unitNo(), p.unit())
                        && sameDigits(e.number(), p.room()))
                .map(DirectoryEntry::number).toList();
        if (rooms.size() > 1) {
            return Refusals.AMBIGUOUS;
        }
        return rooms.isEmpty() ? Refusals.NOT_FOUND : number(from, withIndex(rooms.get(0), p.index()));
    }

    private static Optional<String> roomOf(DirectoryEntry caller) {
        return caller.kind() != DeviceKind.VTH ? Optional.empty()
                : Optional.of(DeviceNumber.roomOf(caller.number()).orElse(caller.number()));
    }

    private static String withIndex(String room, int index) {
        return index == 0 ? room : room + "#" + index;
    }

    private static boolean sameDigits(String stored, String dialled) {
        return !stored.isEmpty() && stripZeros(stored).equals(stripZeros(dialled));
    }

    private static String stripZeros(String digits) {
        String s = digits.replaceFirst("^0+", "");
        return s.isEmpty() ? "0" : s;
    }
}
