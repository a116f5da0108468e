package org.doorman.lock.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A numbered shift (seed 2.7.1): Duty T1, an optional Duty T2, an optional overtime session, and the
 * late-in / early-out allowances (seed 2.7.3) that its duty periods are judged with.
 *
 * @param dutyT2   {@code null} when the shift has one duty period
 * @param overtime {@code null} when the shift has no overtime session
 */
public record Shift(int number, Period dutyT1, Period dutyT2, Period overtime,
                    int lateInAllowanceMinutes, int earlyOutAllowanceMinutes) {

    public static final int MIN_NUMBER = 1;
    /** The device offers 24 shifts. */
    public static final int MAX_NUMBER = 24;
    /** The seed gives no upper bound; an hour keeps an allowance from swallowing a period. */
    public static final int MAX_ALLOWANCE_MINUTES = 60;

    public Shift {
        if (number < MIN_NUMBER || number > MAX_NUMBER) {
            throw new IllegalArgumentException("shift number must be " + MIN_NUMBER + "–" + MAX_NUMBER + ", got " + number);
        }
        Objects.requireNonNull(dutyT1, "shift " + number + ": Duty T1 is required");
        requireAllowance(number, "late-in allowance", lateInAllowanceMinutes);
        requireAllowance(number, "early-out allowance", earlyOutAllowanceMinutes);
        // Periods are kept in day order: the punch windows divide the day between neighbours (seed 2.15).
        if (dutyT2 != null && dutyT2.start().isBefore(dutyT1.end())) {
            throw new IllegalArgumentException("shift " + number + ": Duty T2 " + dutyT2
                    + " must start at or after Duty T1 " + dutyT1 + " ends (the 2 periods cannot overlap)");
        }
        Period lastDuty = dutyT2 != null ? dutyT2 : dutyT1;
        if (overtime != null && overtime.start().isBefore(lastDuty.end())) {
            throw new IllegalArgumentException("shift " + number + ": overtime session " + overtime
                    + " must start at or after the last duty period " + lastDuty + " ends");
        }
    }

    /** A shift with the same allowance for late-in and early-out, as in the seed's example (5 and 5). */
    public static Shift of(int number, Period dutyT1, Period dutyT2, Period overtime, int allowanceMinutes) {
        return new Shift(number, dutyT1, dutyT2, overtime, allowanceMinutes, allowanceMinutes);
    }

    /** Duty T1, then Duty T2 when set: the periods that count half a day each. */
    public List<Period> dutyPeriods() {
        return dutyT2 == null ? List.of(dutyT1) : List.of(dutyT1, dutyT2);
    }

    public Optional<Period> overtimeSession() {
        return Optional.ofNullable(overtime);
    }

    /** Duty periods then the overtime session, in day order: the sessions the day is divided between. */
    public List<Period> sessions() {
        List<Period> all = new ArrayList<>(dutyPeriods());
        if (overtime != null) {
            all.add(overtime);
        }
        return List.copyOf(all);
    }

    private static void requireAllowance(int number, String field, int minutes) {
        if (minutes < 0 || minutes > MAX_ALLOWANCE_MINUTES) {
            throw new IllegalArgumentException("shift " + number + ": " + field + " must be 0–"
                    + MAX_ALLOWANCE_MINUTES + " minutes, got " + minutes);
        }
    }
}
