package org.doorman.lock.people;

import static org.doorman.lock.RefusedException.Reason.CONFLICT;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorman.conf.storage.Jdbc;
import org.doorman.lock.ImportErrors;
import org.doorman.lock.ImportRow;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.store.ScheduleRepository;

/**
 * The people of the building: add, modify, remove, list, and the seed's sheet import where the same
 * user ID overwrites (2.5.1.2, 2.8.1). A card belongs to one person at most. Every change is one
 * transaction, so an import lands whole or not at all.
 */
public final class People {
    private final Jdbc jdbc;
    private final PersonRepository repository = new PersonRepository();

    public People(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<Person> list() {
        return jdbc.inTransaction(repository::loadAll);
    }

    public Optional<Person> find(int userId) {
        return jdbc.inTransaction(c -> repository.find(c, userId));
    }

    public Person require(int userId) {
        return find(userId).orElseThrow(() -> noSuchUser(userId));
    }

    /** The person a card belongs to, lost or not; the caller decides what a lost card may do. */
    public Optional<Person> findByCard(String cardNumber) {
        String number = Card.canonical(cardNumber);
        return jdbc.inTransaction(c -> {
            Optional<Integer> owner = repository.cardOwner(c, number);
            return owner.isEmpty() ? Optional.<Person>empty() : repository.find(c, owner.get());
        });
    }

    public synchronized Person add(Person person) {
        return jdbc.inTransaction(c -> {
            if (repository.find(c, person.userId()).isPresent()) {
                throw new RefusedException(CONFLICT, "userId", "user ID " + person.userId()
                        + " is already used: modify that user or choose another ID");
            }
            requireOwnCards(c, person);
            repository.save(c, List.of(person), Set.of());
            return person;
        });
    }

    /** Replaces an existing person as a whole; the API merges partial changes before calling this. */
    public synchronized Person replace(Person person) {
        return jdbc.inTransaction(c -> {
            if (repository.find(c, person.userId()).isEmpty()) {
                throw noSuchUser(person.userId());
            }
            requireOwnCards(c, person);
            repository.save(c, List.of(person), Set.of(person.userId()));
            return person;
        });
    }

    /** Removes the person, their cards and personal schedules; their clock events stay as history. */
    public synchronized void remove(int userId) {
        jdbc.inTransaction(c -> {
            if (!repository.delete(c, userId)) {
                throw noSuchUser(userId);
            }
            ScheduleRepository.deleteUserSchedules(c, userId);
            return null;
        });
    }

    /** What an import did. */
    public record ImportResult(int added, int overwritten) {
    }

    /**
     * Imports the rows in one transaction: a row whose user ID exists overwrites that user (seed 2.8.1).
     * Nothing is stored when any row is bad; every bad row is reported with its row number.
     */
    public synchronized ImportResult importAll(List<ImportRow<Person>> rows) {
        return jdbc.inTransaction(c -> {
            ImportErrors errors = new ImportErrors();
            Map<Integer, Integer> rowOfUser = new HashMap<>();
            for (ImportRow<Person> row : rows) {
                Integer earlier = rowOfUser.putIfAbsent(row.value().userId(), row.row());
                if (earlier != null) {
                    errors.add(row.row(), "userId: user ID " + row.value().userId() + " is also on row " + earlier);
                }
            }
            checkCards(repository.cardOwners(c), rows, rowOfUser, errors);
            errors.throwIfAny("user import");
            Set<Integer> existing = repository.userIds(c);
            List<Person> people = rows.stream().map(ImportRow::value).toList();
            repository.save(c, people, existing);
            int overwritten = (int) people.stream().filter(p -> existing.contains(p.userId())).count();
            return new ImportResult(people.size() - overwritten, overwritten);
        });
    }

    /**
     * After the import, each card must have one owner: a card may move between imported people, but not
     * onto someone else's stored card unless that person is overwritten too.
     */
    private static void checkCards(Map<String, Integer> stored, List<ImportRow<Person>> rows,
                                   Map<Integer, Integer> rowOfUser, ImportErrors errors) {
        Map<String, Integer> rowOfCard = new HashMap<>();
        for (ImportRow<Person> row : rows) {
            for (Card card : row.value().cards()) {
                Integer earlier = rowOfCard.putIfAbsent(card.number(), row.row());
                if (earlier != null && earlier != row.row()) {
                    errors.add(row.row(), "cards: card " + card.number() + " is also on row " + earlier);
                }
                Integer owner = stored.get(card.number());
                if (owner != null && owner != row.value().userId() && !rowOfUser.containsKey(owner)) {
                    errors.add(row.row(), "cards: card " + card.number() + " belongs to user " + owner);
                }
            }
        }
    }

    private void requireOwnCards(Connection c, Person person) throws SQLException {
        List<String> taken = new ArrayList<>();
        Set<Integer> owners = new HashSet<>();
        for (Card card : person.cards()) {
            Optional<Integer> owner = repository.cardOwner(c, card.number());
            if (owner.isPresent() && owner.get() != person.userId()) {
                taken.add(card.number());
                owners.add(owner.get());
            }
        }
        if (!taken.isEmpty()) {
            throw new RefusedException(CONFLICT, "cards", "card " + String.join(", ", taken)
                    + " already belongs to user " + owners.iterator().next() + ": remove it there first");
        }
    }

    private static RefusedException noSuchUser(int userId) {
        return RefusedException.notFound("userId", "no user with ID " + userId);
    }
}
