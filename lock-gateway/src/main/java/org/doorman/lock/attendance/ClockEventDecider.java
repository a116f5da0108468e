package org.doorman.lock.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/** Decides whether a clock event is recorded and with which status (seed 2.11.2, 2.11.5, 2.11.6). */
public final class ClockEventDecider {

    private final ClockSettings settings;
    private final Duration recheck;

    public ClockEventDecider(ClockSettings settings) {
        this.settings = Objects.requireNonNull(settings, "clock settings are required");
        this.recheck = Duration.ofMinutes(settings.recheckIntervalMinutes());
    }

    /**
     * @param at           when the person clocked, in the device's zone: the recheck interval is measured on
     *                     the instant (an autumn DST hour repeats local times), the state switch on local time
     * @param lastAccepted the same person's last <em>recorded</em> clock event, {@code null} if none; measuring
     *                     from repeats instead would let someone punching every two minutes never be recorded
     * @param chosen       the status the person picked at the device, {@code null} if none
     */
    public ClockDecision decide(ZonedDateTime at, Instant lastAccepted, ClockStatus chosen) {
        Objects.requireNonNull(at, "clock event time is required");
        if (lastAccepted != null && isRepeat(at.toInstant(), lastAccepted)) {
            return ClockDecision.REPEAT;
        }
        return switch (settings.mode()) {
            // The fixed status is shown "all the time"; the device offers no choice, so one is ignored.
            case FIXED -> ClockDecision.accepted(settings.fixedStatus());
            case FORCED -> chosen == null ? ClockDecision.STATUS_REQUIRED : ClockDecision.accepted(chosen);
            case AUTO_MANUAL -> ClockDecision.accepted(chosen != null ? chosen : autoStatusAt(at.toLocalTime()));
        };
    }

    /**
     * The status the state switch table shows at a local time. A row holds until the next row, through
     * midnight: with the seed's 08:00 Check In and 17:30 Check Out, 07:00 is still Check Out. With no rows
     * the device shows Check In, as on its standby screen (seed Figure 2-4).
     */
    public ClockStatus autoStatusAt(LocalTime time) {
        List<StateSwitch> rows = settings.stateSwitches();
        if (rows.isEmpty()) {
            return ClockStatus.CHECK_IN;
        }
        StateSwitch current = rows.get(rows.size() - 1);
        for (StateSwitch row : rows) {
            if (row.time().isAfter(time)) {
                break;
            }
            current = row;
        }
        return current.status();
    }

    /** "Clock in/out more than once in 3 minutes" is a repeat; exactly 3 minutes later is a new event. */
    private boolean isRepeat(Instant now, Instant last) {
        return Duration.between(last, now).abs().compareTo(recheck) < 0;
    }
}
