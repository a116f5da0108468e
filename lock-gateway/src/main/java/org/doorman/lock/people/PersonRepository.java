package org.doorman.lock.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorman.lock.attendance.ScheduleMode;
import org.doorman.lock.attendance.UserLevel;

/** Stores people in `person` and their cards in `person_card`; callers pass the transaction's connection. */
public final class PersonRepository {
    private static final String COLUMNS = "user_id, name, pin, department_id, user_level, schedule_mode, room, lock1, lock2";
    private static final String INSERT = "INSERT INTO person (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)";
    private static final String UPDATE = "UPDATE person SET name = ?, pin = ?, department_id = ?, user_level = ?,"
            + " schedule_mode = ?, room = ?, lock1 = ?, lock2 = ? WHERE user_id = ?";

    /** Everyone, in user ID order. */
    public List<Person> loadAll(Connection c) throws SQLException {
        Map<Integer, List<Card>> cards = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT user_id, card_number, lost FROM person_card ORDER BY user_id, position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                cards.computeIfAbsent(rs.getInt(1), id -> new ArrayList<>()).add(new Card(rs.getString(2), rs.getBoolean(3)));
            }
        }
        List<Person> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM person ORDER BY user_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(read(rs, cards.getOrDefault(rs.getInt("user_id"), List.of())));
            }
        }
        return all;
    }

    public Optional<Person> find(Connection c, int userId) throws SQLException {
        List<Card> cards = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT card_number, lost FROM person_card WHERE user_id = ? ORDER BY position")) {
            ps.setInt(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cards.add(new Card(rs.getString(1), rs.getBoolean(2)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM person WHERE user_id = ?")) {
            ps.setInt(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, cards)) : Optional.empty();
            }
        }
    }

    /** The owner of a card number (already canonical), lost or not. */
    public Optional<Integer> cardOwner(Connection c, String cardNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT user_id FROM person_card WHERE card_number = ?")) {
            ps.setString(1, cardNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }

    /** Every card number with its owner. */
    public Map<String, Integer> cardOwners(Connection c) throws SQLException {
        Map<String, Integer> owners = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT card_number, user_id FROM person_card");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                owners.put(rs.getString(1), rs.getInt(2));
            }
        }
        return owners;
    }

    public Set<Integer> userIds(Connection c) throws SQLException {
        Set<Integer> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT user_id FROM person");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    /** Inserts the new people and overwrites the existing ones (and their cards), batched. */
    public void save(Connection c, Collection<Person> people, Set<Integer> existing) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT);
             PreparedStatement update = c.prepareStatement(UPDATE);
             PreparedStatement dropCards = c.prepareStatement("DELETE FROM person_card WHERE user_id = ?")) {
            for (Person p : people) {
                if (existing.contains(p.userId())) {
                    bindUpdate(update, p);
                    update.addBatch();
                    dropCards.setInt(1, p.userId());
                    dropCards.addBatch();
                } else {
                    bindInsert(insert, p);
                    insert.addBatch();
                }
            }
            update.executeBatch();
            dropCards.executeBatch();
            insert.executeBatch();
        }
        insertCards(c, people);
    }

    public boolean delete(Connection c, int userId) throws SQLException {
        try (PreparedStatement cards = c.prepareStatement("DELETE FROM person_card WHERE user_id = ?");
             PreparedStatement person = c.prepareStatement("DELETE FROM person WHERE user_id = ?")) {
            cards.setInt(1, userId);
            cards.executeUpdate();
            person.setInt(1, userId);
            return person.executeUpdate() == 1;
        }
    }

    private static void insertCards(Connection c, Collection<Person> people) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO person_card (card_number, user_id, position, lost) VALUES (?,?,?,?)")) {
            for (Person p : people) {
                for (int i = 0; i < p.cards().size(); i++) {
                    ps.setString(1, p.cards().get(i).number());
                    ps.setInt(2, p.userId());
                    ps.setInt(3, i);
                    ps.setBoolean(4, p.cards().get(i).lost());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void bindInsert(PreparedStatement ps, Person p) throws SQLException {
        ps.setInt(1, p.userId());
        bindFields(ps, 2, p);
    }

    private static void bindUpdate(PreparedStatement ps, Person p) throws SQLException {
        bindFields(ps, 1, p);
        ps.setInt(9, p.userId());
    }

    private static void bindFields(PreparedStatement ps, int first, Person p) throws SQLException {
        ps.setString(first, p.name());
        setNullable(ps, first + 1, p.pin());
        ps.setInt(first + 2, p.departmentId());
        ps.setString(first + 3, p.level().name());
        ps.setString(first + 4, p.scheduleMode().name());
        setNullable(ps, first + 5, p.room());
        ps.setBoolean(first + 6, p.lock1());
        ps.setBoolean(first + 7, p.lock2());
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static Person read(ResultSet rs, List<Card> cards) throws SQLException {
        return new Person(rs.getInt("user_id"), rs.getString("name"), cards, rs.getString("pin"),
                rs.getInt("department_id"), UserLevel.valueOf(rs.getString("user_level")),
                ScheduleMode.valueOf(rs.getString("schedule_mode")), rs.getString("room"),
                rs.getBoolean("lock1"), rs.getBoolean("lock2"));
    }
}
