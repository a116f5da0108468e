package org.doorman.lock.attendance;

import java.util.ArrayList;
import java.util.List;

/** Divides a day between a shift's sessions at the middle of each gap (seed 2.15, "Clock In/Out Time"). */
public final class ShiftWindows {

    private ShiftWindows() {
    }

    /**
     * One window per session of {@link Shift#sessions()}, in the same order. The first starts at 00:00:00
     * (Table 2-14: period 1's punch-in from 00:00) and the last ends at midnight.
     */
    public static List<Window> of(Shift shift) {
        List<Period> sessions = shift.sessions();
        List<Window> windows = new ArrayList<>(sessions.size());
        int from = 0;
        for (int i = 0; i < sessions.size(); i++) {
            int to = i + 1 < sessions.size() ? division(sessions.get(i), sessions.get(i + 1)) : Window.SECONDS_PER_DAY;
            windows.add(new Window(from, to));
            from = to;
        }
        return List.copyOf(windows);
    }

    /**
     * The first second that belongs to the later session. The earlier session gets the extra minute of an
     * odd gap: the seed's 75-minute gap after 17:30 gives punch-out 17:30–18:07 and the next punch-in
     * 18:08–18:45, and its 120-minute gap after 12:00 gives 12:00–12:59 and 13:00–14:00.
     */
    public static int division(Period earlier, Period later) {
        int gapMinutes = (later.startSecond() - earlier.endSecond()) / 60;
        if (gapMinutes < 0) {
            throw new IllegalArgumentException("sessions " + earlier + " and " + later + " overlap");
        }
        return earlier.endSecond() + (gapMinutes + 1) / 2 * 60;
    }
}
