package org.doorman.lock.people;

import java.util.List;
import java.util.Objects;
import org.doorman.lock.attendance.AttendanceUser;
import org.doorman.lock.attendance.ScheduleMode;
import org.doorman.lock.attendance.UserLevel;

/**
 * A person of the building as stored: the attendance user of seed 2.5.1.1 plus what the door side needs
 * (their room, which locks they may open, which of their cards are lost). Attendance rules see
 * {@link #toAttendanceUser()}; the same ID and cards will open doors.
 *
 * @param room  the person's room number (1–6 digits, e.g. 9901), {@code null} when none
 * @param lock1 may open lock 1 (a door station's local relay)
 * @param lock2 may open lock 2 (on RS-485)
 */
public record Person(int userId, String name, List<Card> cards, String pin, int departmentId, UserLevel level,
                     ScheduleMode scheduleMode, String room, boolean lock1, boolean lock2) {

    public static final int MAX_ROOM_LENGTH = 6;

    public Person {
        Objects.requireNonNull(cards, "user " + userId + ": cards are required (may be an empty list)");
        cards = List.copyOf(cards);
        // One set of limits: the engine's record checks ID, name, cards, PIN, department, level and mode.
        AttendanceUser checked = new AttendanceUser(userId, name, cards.stream().map(Card::number).toList(), pin,
                departmentId, level, scheduleMode);
        pin = checked.pin();
        if (room != null && room.isEmpty()) {
            room = null;
        }
        if (room != null && !room.matches("[0-9]{1," + MAX_ROOM_LENGTH + "}")) {
            throw new IllegalArgumentException("user " + userId + ": room must be 1–" + MAX_ROOM_LENGTH
                    + " digits (e.g. 9901), got " + room);
        }
    }

    public AttendanceUser toAttendanceUser() {
        return new AttendanceUser(userId, name, cards.stream().map(Card::number).toList(), pin, departmentId,
                level, scheduleMode);
    }

    public boolean hasPin() {
        return pin != null;
    }
}
