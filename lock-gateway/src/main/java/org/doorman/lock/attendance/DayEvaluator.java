package org.doorman.lock.attendance;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Applies the attendance rules of seed 2.15 and 2.16 to one person's punches of one day on one shift.
 * Built once per shift (the windows are worked out here) and reused for every person and day.
 */
public final class DayEvaluator {

    private static final int NONE = -1;

    private final Shift shift;
    private final List<Period> duty;
    private final List<Window> windows;

    public DayEvaluator(Shift shift) {
        this.shift = Objects.requireNonNull(shift, "shift is required");
        this.duty = shift.dutyPeriods();
        this.windows = ShiftWindows.of(shift);
    }

    public Shift shift() {
        return shift;
    }

    /** The windows of the shift's sessions: duty periods, then the overtime session when there is one. */
    public List<Window> windows() {
        return windows;
    }

    /** Punches in any order, precise to the second; the status chosen at the device does not matter here. */
    public DayEvaluation evaluate(Collection<LocalTime> punches) {
        Objects.requireNonNull(punches, "punches are required");
        int[] seconds = punches.stream().mapToInt(LocalTime::toSecondOfDay).sorted().toArray();
        return evaluateSorted(seconds, 0, seconds.length);
    }

    /** The report's path: {@code seconds[from, to)} are seconds of the day in ascending order. */
    DayEvaluation evaluateSorted(int[] seconds, int from, int to) {
        List<PeriodResult> results = new ArrayList<>(duty.size());
        for (int i = 0; i < duty.size(); i++) {
            results.add(evaluatePeriod(duty.get(i), windows.get(i), seconds, from, to));
        }
        OvertimeResult overtime = shift.overtime() == null ? null
                : evaluateOvertime(shift.overtime(), windows.get(duty.size()), seconds, from, to);
        return new DayEvaluation(results, overtime);
    }

    private PeriodResult evaluatePeriod(Period period, Window window, int[] seconds, int from, int to) {
        int in = punchIn(period, window, seconds, from, to);
        int out = punchOut(period, window, in, seconds, from, to);
        if (in == NONE || out == NONE) {
            // Seed 2.15's example (9:05, 11:54, 17:00) reports only the absence for period 2, not the
            // lateness of its lone 17:00 punch: an absent period carries no late, early or hours.
            return new PeriodResult(period, window, timeOrNull(in), timeOrNull(out), 0, 0, Hours.ZERO);
        }
        // Minutes count whole clock minutes: 9:05:59 is still on time with 5 minutes allowed after 9:00
        // (Table 2-14), 8:06 is late by 1 (seed 2.7.3), and 11:54 leaves 1 minute early before 11:55.
        int late = Math.max(0, in / 60 - (period.startSecond() / 60 + shift.lateInAllowanceMinutes()));
        int early = Math.max(0, period.endSecond() / 60 - shift.earlyOutAllowanceMinutes() - out / 60);
        // Only time inside the period counts: 8:00–12:30 on a 9:00–12:00 period is 3 hours (seed 2.16).
        int overlap = Math.min(out, period.endSecond()) - Math.max(in, period.startSecond());
        return new PeriodResult(period, window, LocalTime.ofSecondOfDay(in), LocalTime.ofSecondOfDay(out),
                late, early, Hours.truncatedFromSeconds(Math.max(0, overlap)));
    }

    private static OvertimeResult evaluateOvertime(Period session, Window window, int[] seconds, int from, int to) {
        int in = punchIn(session, window, seconds, from, to);
        int out = punchOut(session, window, in, seconds, from, to);
        // Overtime is punch-out minus punch-in, not cut to the session: the seed's 18:20–19:30 on an
        // 18:45–20:00 session is 1.1 hours, which only the whole 70 minutes give.
        Hours hours = in == NONE || out == NONE ? Hours.ZERO : Hours.truncatedFromSeconds(out - in);
        return new OvertimeResult(session, window, timeOrNull(in), timeOrNull(out), hours);
    }

    /**
     * The earliest punch in the window that comes before the session ends. A punch at or after the end
     * can only be a punch-out; a lone 17:00 in 14:00–17:30 is a (late) punch-in with no punch-out, which
     * is how seed 2.15 reads its example.
     */
    private static int punchIn(Period session, Window window, int[] seconds, int from, int to) {
        for (int i = from; i < to; i++) {
            int s = seconds[i];
            if (s >= window.toSecond()) {
                return NONE;
            }
            if (s >= window.fromSecond()) {
                return s < session.endSecond() ? s : NONE;
            }
        }
        return NONE;
    }

    /** The latest punch in the window after the session starts, when it is not the punch-in itself. */
    private static int punchOut(Period session, Window window, int in, int[] seconds, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            int s = seconds[i];
            if (s < window.fromSecond()) {
                return NONE;
            }
            if (s < window.toSecond()) {
                return s > session.startSecond() && s > in ? s : NONE;
            }
        }
        return NONE;
    }

    private static LocalTime timeOrNull(int second) {
        return second == NONE ? null : LocalTime.ofSecondOfDay(second);
    }
}
