package org.doorman.lock.attendance.store;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.Period;
import org.doorman.lock.attendance.Shift;
import org.doorman.lock.attendance.ShiftWindows;
import org.doorman.lock.attendance.Window;

/**
 * A shift as the API and the schedule sheet carry one; periods are "HH:MM-HH:MM". On modify a missing
 * field keeps the stored value and "" removes Duty T2 or the overtime session. docs/attendance.md
 * documents these field names; keep them stable.
 *
 * @param windows only in answers: the punch window of each session (seed 2.15), duty periods then overtime
 */
public record ShiftSpec(Integer number, String dutyT1, String dutyT2, String overtime, Integer lateInMinutes,
                        Integer earlyOutMinutes, List<String> windows) {

    /** The seed's example allowance (Table 2-13) when none is given. */
    public static final int DEFAULT_ALLOWANCE_MINUTES = 5;
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    public static ShiftSpec of(Shift s) {
        List<String> windows = ShiftWindows.of(s).stream().map(ShiftSpec::window).toList();
        return new ShiftSpec(s.number(), span(s.dutyT1()), span(s.dutyT2()), span(s.overtime()),
                s.lateInAllowanceMinutes(), s.earlyOutAllowanceMinutes(), windows);
    }

    public Shift toShift() {
        if (number == null) {
            throw RefusedException.invalid("number", "number is required (1–24)");
        }
        if (dutyT1 == null || dutyT1.isBlank()) {
            throw RefusedException.invalid("dutyT1", "dutyT1 is required, e.g. 09:00-12:00");
        }
        return build(number, period("dutyT1", dutyT1), period("dutyT2", dutyT2), period("overtime", overtime),
                lateInMinutes == null ? DEFAULT_ALLOWANCE_MINUTES : lateInMinutes,
                earlyOutMinutes == null ? DEFAULT_ALLOWANCE_MINUTES : earlyOutMinutes);
    }

    public Shift applyTo(Shift old) {
        if (number != null && number != old.number()) {
            throw RefusedException.invalid("number", "a shift's number cannot be changed; add another shift");
        }
        return build(old.number(), dutyT1 == null ? old.dutyT1() : period("dutyT1", dutyT1),
                dutyT2 == null ? old.dutyT2() : period("dutyT2", dutyT2),
                overtime == null ? old.overtime() : period("overtime", overtime),
                lateInMinutes == null ? old.lateInAllowanceMinutes() : lateInMinutes,
                earlyOutMinutes == null ? old.earlyOutAllowanceMinutes() : earlyOutMinutes);
    }

    private static Shift build(int number, Period t1, Period t2, Period ot, int lateIn, int earlyOut) {
        if (t1 == null) {
            throw RefusedException.invalid("dutyT1", "dutyT1 cannot be removed, e.g. 09:00-12:00");
        }
        try {
            return new Shift(number, t1, t2, ot, lateIn, earlyOut);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid(null, e.getMessage());
        }
    }

    /** "09:00-12:00" (an en dash works too); blank means none. */
    static Period period(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split("\\s*[-–]\\s*");
        try {
            if (parts.length == 2) {
                return Period.of(pad(parts[0]), pad(parts[1]));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw RefusedException.invalid(field, field + ": " + (e instanceof DateTimeParseException
                    ? "times must be HH:MM" : e.getMessage()) + ", got '" + text + "'");
        }
        throw RefusedException.invalid(field, field + " must be HH:MM-HH:MM, e.g. 09:00-12:00, got '" + text + "'");
    }

    /** Accepts 9:00 for 09:00, as the seed itself writes times. */
    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    static String span(Period p) {
        return p == null ? null : p.start() + "-" + p.end();
    }

    /** A punch window to the second, e.g. "13:00:00-18:07:59" (the seed's 13:00–18:07 as Table 2-14 counts). */
    public static String window(Window w) {
        return HMS.format(w.first()) + "-" + HMS.format(w.last());
    }
}
