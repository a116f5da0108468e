package org.doorman.lock.attendance.store;

import static org.doorman.lock.RefusedException.Reason.FORBIDDEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.doorman.conf.storage.Jdbc;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.ClockDecision;
import org.doorman.lock.attendance.ClockEventDecider;
import org.doorman.lock.attendance.ClockSettings;
import org.doorman.lock.attendance.ClockStatus;
import org.doorman.lock.people.Card;
import org.doorman.lock.people.People;
import org.doorman.lock.people.Person;

/**
 * Takes clock events (seed 2.14): identifies the person, lets {@link ClockEventDecider} apply the recheck
 * interval and event mode (seed 2.11), and stores the outcome. A punch that cannot be tied to a person
 * (unknown or lost card, wrong PIN) is refused with a {@link RefusedException} and stored nowhere.
 *
 * <p>The door side calls {@link #punchCard}, {@link #punchPin} or {@link #punchDoor} when its readers and
 * unlocks should also count as attendance. Punches are serialised: the recheck interval compares each
 * punch with the one before, and one server owns the database.
 */
public final class ClockEventService {
    private final Jdbc jdbc;
    private final People people;
    private final Clock clock;
    private final ZoneId zone;
    private final SettingsRepository settings = new SettingsRepository();
    private final ClockEventRepository events = new ClockEventRepository();

    /** @param zone the building's wall-clock zone, in which the state switch times are read */
    public ClockEventService(Jdbc jdbc, People people, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * What a punch came to: the stored event (accepted or repeat), whose it is, and the Keep Door Open
     * setting in force when it was taken (seconds, 0 for none), so the door side needs no second read.
     */
    public record Punch(ClockEvent event, Person person, int keepDoorOpenSeconds) {
    }

    /**
     * A card swiped at a reader, now.
     *
     * @param device the reader or door station, e.g. "8001"; may be empty
     * @param chosen the status picked at the device, {@code null} if none (required in FORCED mode)
     * @throws RefusedException NOT_FOUND for a card nobody has, FORBIDDEN for a card reported lost
     */
    public Punch punchCard(String cardNumber, String device, ClockStatus chosen) {
        String number = canonicalCard(cardNumber);
        Person person = people.findByCard(number).orElseThrow(() ->
                RefusedException.notFound("card", "no user has card " + number));
        boolean lost = person.cards().stream().anyMatch(c -> c.number().equals(number) && c.lost());
        if (lost) {
            throw new RefusedException(FORBIDDEN, "card", "card " + number + " of user " + person.userId()
                    + " is reported lost");
        }
        return record(person, clock.instant(), chosen, ClockSource.CARD, device, number);
    }

    /**
     * User ID and PIN typed at a keypad, now.
     *
     * @throws RefusedException NOT_FOUND for an unknown user, FORBIDDEN for a wrong PIN or a user without one
     */
    public Punch punchPin(int userId, String pin, String device, ClockStatus chosen) {
        Person person = people.require(userId);
        if (!person.hasPin()) {
            throw new RefusedException(FORBIDDEN, "pin", "user " + userId + " has no PIN: set one or use a card");
        }
        if (pin == null || !MessageDigest.isEqual(person.pin().getBytes(StandardCharsets.UTF_8),
                pin.getBytes(StandardCharsets.UTF_8))) {
            throw new RefusedException(FORBIDDEN, "pin", "wrong PIN for user " + userId);
        }
        return record(person, clock.instant(), chosen, ClockSource.PIN, device, null);
    }

    /**
     * A door unlocked for a known person (the door side has already identified them), now.
     *
     * @param door the door station number, e.g. "8001"
     */
    public Punch punchDoor(int userId, String door, ClockStatus chosen) {
        return record(people.require(userId), clock.instant(), chosen, ClockSource.DOOR, door, null);
    }

    /**
     * A punch entered by an operator, e.g. one the person forgot. The recheck interval is measured to the
     * person's nearest accepted punch, before or after, since the time may be in the past.
     *
     * @param at {@code null} for now; never in the future
     */
    public Punch punchByOperator(int userId, Instant at, ClockStatus status) {
        Instant now = clock.instant();
        Instant when = at == null ? now : at;
        if (when.isAfter(now)) {
            throw RefusedException.invalid("time", "a punch cannot be in the future: " + when + " is after " + now);
        }
        return record(people.require(userId), when, status, ClockSource.OPERATOR, "operator", null);
    }

    private synchronized Punch record(Person person, Instant at, ClockStatus chosen, ClockSource source,
                                      String device, String card) {
        requireDevice(device);
        return jdbc.inTransaction(c -> {
            ClockSettings current = settings.load(c);
            ClockDecision decision = decide(c, current, person.userId(), at, chosen);
            ClockEvent event = new ClockEvent(0, person.userId(), at, decision.status(), source, device, card,
                    decision.isAccepted() ? ClockEvent.Result.ACCEPTED : ClockEvent.Result.REPEAT);
            return new Punch(events.insert(c, event), person, current.keepDoorOpenSeconds());
        });
    }

    private ClockDecision decide(Connection c, ClockSettings current, int userId, Instant at, ClockStatus chosen)
            throws SQLException {
        ClockEventDecider decider = new ClockEventDecider(current);
        Optional<Instant> nearest = events.nearestAccepted(c, userId, at);
        ClockDecision decision = decider.decide(at.atZone(zone), nearest.orElse(null), chosen);
        if (decision.outcome() == ClockDecision.Outcome.STATUS_REQUIRED) {
            throw RefusedException.invalid("status", "the attendance event mode is FORCED: choose a status ("
                    + String.join(", ", Arrays.stream(ClockStatus.values()).map(Enum::name).toList()) + ")");
        }
        return decision;
    }

    private static String canonicalCard(String cardNumber) {
        try {
            return Card.canonical(Objects.requireNonNull(cardNumber, "card number is required"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RefusedException.invalid("card", e.getMessage());
        }
    }

    private static void requireDevice(String device) {
        if (device != null && device.length() > ClockEvent.MAX_DEVICE_LENGTH) {
            throw RefusedException.invalid("device", "device must be at most " + ClockEvent.MAX_DEVICE_LENGTH
                    + " characters, got " + device.length());
        }
    }
}
