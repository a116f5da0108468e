package org.doorman.lock.attendance.store;

import java.time.Instant;
import java.util.Objects;
import org.doorman.lock.attendance.AttendanceUser;
import org.doorman.lock.attendance.ClockStatus;

/**
 * One stored clock event. Only {@link Result#ACCEPTED} events count in reports; repeats within the
 * recheck interval (seed 2.11.2) are kept so the monthly record shows every punch.
 *
 * @param id     assigned by the database; 0 before the event is stored
 * @param status the recorded status, {@code null} for a repeat
 * @param device the reader, keypad or door station the event came from (may be empty, e.g. an operator)
 * @param card   the card used, {@code null} unless {@link ClockSource#CARD}
 */
public record ClockEvent(long id, int userId, Instant at, ClockStatus status, ClockSource source, String device,
                         String card, Result result) {

    public static final int MAX_DEVICE_LENGTH = 32;

    /** Whether the event counts. */
    public enum Result { ACCEPTED, REPEAT }

    public ClockEvent {
        if (userId < AttendanceUser.MIN_USER_ID || userId > AttendanceUser.MAX_USER_ID) {
            throw new IllegalArgumentException("user ID must be 1–99999999, got " + userId);
        }
        Objects.requireNonNull(at, "clock event time is required");
        Objects.requireNonNull(source, "clock event source is required (CARD, PIN, DOOR or OPERATOR)");
        Objects.requireNonNull(result, "clock event result is required (ACCEPTED or REPEAT)");
        device = device == null ? "" : device;
        if (device.length() > MAX_DEVICE_LENGTH || device.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("device must be at most " + MAX_DEVICE_LENGTH
                    + " printable characters, got '" + device + "'");
        }
        if ((result == Result.ACCEPTED) != (status != null)) {
            throw new IllegalArgumentException("an accepted clock event has a status and a repeat has none");
        }
    }

    public ClockEvent withId(long newId) {
        return new ClockEvent(newId, userId, at, status, source, device, card, result);
    }

    public boolean accepted() {
        return result == Result.ACCEPTED;
    }
}
