package org.doorman.lock.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.ScheduleMode;
import org.doorman.lock.attendance.UserLevel;
import org.doorman.lock.io.Choices;

/**
 * A person as the API and the user sheet carry one: every field may be missing. On add and import a
 * missing field takes its default; on modify it keeps the stored value. docs/attendance.md documents
 * these field names; keep them stable.
 *
 * @param cards     every card number, lost ones included
 * @param lostCards the numbers of {@code cards} that are reported lost
 * @param level     USER or ADMINISTRATOR (default USER)
 * @param scheduleMode DEPARTMENT or PERSONAL (default DEPARTMENT)
 * @param lock1     may open lock 1 (default false: door rights are given, not assumed)
 */
public record PersonSpec(Integer userId, String name, List<String> cards, List<String> lostCards, String pin,
                         Integer departmentId, String level, String scheduleMode, String room, Boolean lock1,
                         Boolean lock2) {

    /** The spec of a stored person, PIN included: what the export writes so an import restores it. */
    public static PersonSpec of(Person p) {
        return new PersonSpec(p.userId(), p.name(), p.cards().stream().map(Card::number).toList(),
                p.cards().stream().filter(Card::lost).map(Card::number).toList(), p.pin(), p.departmentId(),
                p.level().name(), p.scheduleMode().name(), p.room(), p.lock1(), p.lock2());
    }

    /** A new person (add, import): missing fields take their defaults. */
    public Person toPerson() {
        if (userId == null) {
            throw RefusedException.invalid("userId", "userId is required (1–99999999)");
        }
        return build(userId, pick(name, ""), cards == null ? List.of() : cards, lostCards, pin,
                departmentId == null ? 1 : departmentId, level == null ? UserLevel.USER : parsedLevel(),
                scheduleMode == null ? ScheduleMode.DEPARTMENT : parsedMode(), room, Boolean.TRUE.equals(lock1),
                Boolean.TRUE.equals(lock2));
    }

    /**
     * The stored person with this spec's fields changed. A PIN or room given as "" is removed; cards
     * replace the card list; lostCards alone re-marks which of the kept cards are lost.
     */
    public Person applyTo(Person old) {
        if (userId != null && userId != old.userId()) {
            throw RefusedException.invalid("userId", "a user ID cannot be changed; remove and add the user");
        }
        List<String> numbers = cards != null ? cards : old.cards().stream().map(Card::number).toList();
        List<String> lost = lostCards != null || cards != null ? lostCards
                : old.cards().stream().filter(Card::lost).map(Card::number).toList();
        return build(old.userId(), pick(name, old.name()), numbers, lost, pin == null ? old.pin() : pin,
                pick(departmentId, old.departmentId()), level == null ? old.level() : parsedLevel(),
                scheduleMode == null ? old.scheduleMode() : parsedMode(), room == null ? old.room() : room,
                pick(lock1, old.lock1()), pick(lock2, old.lock2()));
    }

    private static Person build(int id, String name, List<String> numbers, List<String> lost, String pin,
                                int department, UserLevel level, ScheduleMode mode, String room, boolean lock1,
                                boolean lock2) {
        Set<String> lostSet = new HashSet<>();
        for (String number : lost == null ? List.<String>of() : lost) {
            lostSet.add(canonical("lostCards", number));
        }
        List<Card> cards = new ArrayList<>();
        for (String number : numbers) {
            String n = canonical("cards", number);
            cards.add(new Card(n, lostSet.remove(n)));
        }
        if (!lostSet.isEmpty()) {
            throw RefusedException.invalid("lostCards", "lostCards may only name the user's own cards; "
                    + String.join(", ", lostSet) + " is not among them");
        }
        try {
            return new Person(id, name, cards, pin, department, level, mode, room, lock1, lock2);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RefusedException.invalid(null, e.getMessage());
        }
    }

    private static String canonical(String field, String number) {
        try {
            return Card.canonical(number == null ? "" : number.strip());
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid(field, e.getMessage());
        }
    }

    private UserLevel parsedLevel() {
        return Choices.parse(UserLevel.class, "level", level);
    }

    private ScheduleMode parsedMode() {
        return Choices.parse(ScheduleMode.class, "scheduleMode", scheduleMode);
    }

    private static <T> T pick(T changed, T old) {
        return changed == null ? old : changed;
    }
}
