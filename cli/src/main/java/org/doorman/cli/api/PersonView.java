package org.doorman.cli.api;

import java.util.List;
import org.doorman.lock.attendance.Departments;
import org.doorman.lock.people.Card;
import org.doorman.lock.people.Person;

/**
 * A person as GET /api/users shows one: the PIN itself is never shown, only whether there is one.
 * docs/attendance.md documents these field names; keep them stable.
 */
public record PersonView(int userId, String name, List<CardView> cards, boolean hasPin, int departmentId,
                         String department, String level, String scheduleMode, String room, boolean lock1,
                         boolean lock2) {

    /** One card and whether it is reported lost. */
    public record CardView(String number, boolean lost) {
    }

    static PersonView of(Person p, Departments departments) {
        return new PersonView(p.userId(), p.name(), p.cards().stream().map(PersonView::card).toList(), p.hasPin(),
                p.departmentId(), departments.get(p.departmentId()).name(), p.level().name(), p.scheduleMode().name(),
                p.room(), p.lock1(), p.lock2());
    }

    private static CardView card(Card c) {
        return new CardView(c.number(), c.lost());
    }
}
