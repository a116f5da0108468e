package org.doorman.lock.unlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.store.ClockEventService;
import org.doorman.lock.attendance.store.ClockEventService.Punch;
import org.doorman.lock.door.Door;
import org.doorman.lock.door.LockController;
import org.doorman.lock.people.Card;
import org.doorman.lock.people.People;
import org.doorman.lock.people.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A card presented at a door station's reader (seed 5.3, card issuing): the card's owner opens every lock
 * of that door they have the right to (the person's lock1 / lock2, as the seed's personnel page ticks
 * them). Unknown and lost cards and people without a right to any of the door's locks are refused and
 * logged. Where doors.VTO.clock-events is true, an accepted card also counts as an attendance clock event
 * (the attendance settings' recheck interval and event mode apply; a punch they refuse does not stop the
 * door), and an accepted clock event holds lock 1 open for the Keep Door Open time instead of the unlock
 * period when that setting is above 0 (logged as ATTENDANCE).
 *
 * <p>Threading: thread-safe; looks the card up in the database on the caller's thread, then never waits
 * for a lock: the future completes on the locks' threads.
 */
public final class CardUnlock {
    private static final Logger log = LoggerFactory.getLogger(CardUnlock.class);
    private final UnlockService unlocks;
    private final People people;
    private final ClockEventService punches;
    private final AttendanceOpener opener;

    /** @param punches null when card unlocks never count as clock events */
    public CardUnlock(UnlockService unlocks, People people, ClockEventService punches) {
        this.unlocks = unlocks;
        this.people = people;
        this.punches = punches;
        this.opener = new AttendanceOpener(unlocks);
    }

    /** {@link #cardPresentedAsync} and wait for the locks to answer. */
    public List<UnlockResult> cardPresented(String readerVto, String cardHex) {
        return cardPresentedAsync(readerVto, cardHex).join();
    }

    /**
     * @param readerVto the door station whose reader read the card, e.g. "8001"
     * @param cardHex   the card number in hexadecimal, any case
     * @return one result per lock tried, or a single refusal with lock 0 when no lock was tried
     */
    public CompletableFuture<List<UnlockResult>> cardPresentedAsync(String readerVto, String cardHex) {
        String card;
        try {
            card = Card.canonical(cardHex == null ? "" : cardHex.strip());
        } catch (IllegalArgumentException e) {
            return refused(readerVto, "card " + cardHex, UnlockOutcome.REFUSED_UNKNOWN_CARD, e.getMessage());
        }
        Optional<Door> door = unlocks.door(readerVto);
        if (door.isEmpty()) {
            return refused(readerVto, "card " + card, UnlockOutcome.REFUSED_NO_DOOR,
                    "door station " + readerVto + " has no door control (configure doors." + readerVto + ")");
        }
        Optional<Person> owner = people.findByCard(card);
        if (owner.isEmpty()) {
            return refused(readerVto, "card " + card, UnlockOutcome.REFUSED_UNKNOWN_CARD, "no user has card " + card);
        }
        Person person = owner.get();
        String who = AttendanceOpener.who(person, "card " + card);
        if (person.cards().stream().anyMatch(c -> c.number().equals(card) && c.lost())) {
            return refused(readerVto, who, UnlockOutcome.REFUSED_LOST_CARD, "card " + card + " is reported lost");
        }
        List<Integer> allowed = new ArrayList<>();
        for (LockController lock : door.get().locks()) {
            if (lock.number() == 1 ? person.lock1() : person.lock2()) {
                allowed.add(lock.number());
            }
        }
        if (allowed.isEmpty()) {
            return refused(readerVto, who, UnlockOutcome.REFUSED_NO_RIGHT, "user " + person.userId()
                    + " may open none of door station " + readerVto + "'s locks");
        }
        Optional<Punch> punch = door.get().config().clockEvents() ? punch(card, readerVto) : Optional.empty();
        boolean heldByAttendance = punch.flatMap(KeepDoorOpen::holdFor).isPresent();
        List<CompletableFuture<UnlockResult>> each = allowed.stream()
                .map(n -> n == KeepDoorOpen.LOCK && heldByAttendance
                        ? opener.afterPunch(readerVto, punch.get(), "card " + card).thenApply(Optional::orElseThrow)
                        : unlocks.unlockAsync(readerVto, n, UnlockSource.CARD, who)).toList();
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(done -> each.stream().map(CompletableFuture::join).toList());
    }

    private Optional<Punch> punch(String card, String device) {
        if (punches == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(punches.punchCard(card, device, null));
        } catch (RefusedException e) {
            log.info("card {} at {} opened but is not a clock event: {}", card, device, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("card {} at {}: clock event not stored", card, device, e);
        }
        return Optional.empty();
    }

    private CompletableFuture<List<UnlockResult>> refused(String door, String who, UnlockOutcome outcome, String detail) {
        return CompletableFuture.completedFuture(List.of(unlocks.refuse(door, 0, UnlockSource.CARD, who, outcome, detail)));
    }
}
