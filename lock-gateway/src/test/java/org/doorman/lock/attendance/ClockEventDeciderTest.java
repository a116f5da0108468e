package org.doorman.lock.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockEventDeciderTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** Figure 2-16 of the seed. */
    private static final List<StateSwitch> SEED_SWITCHES = List.of(
            StateSwitch.of("08:00", ClockStatus.CHECK_IN), StateSwitch.of("17:30", ClockStatus.CHECK_OUT));

    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE);
    }

    private static ClockEventDecider decider(int recheck, EventMode mode, ClockStatus fixed, List<StateSwitch> rows) {
        return new ClockEventDecider(new ClockSettings(recheck, mode, fixed, rows));
    }

    private static ClockEventDecider auto(int recheck) {
        return decider(recheck, EventMode.AUTO_MANUAL, null, SEED_SWITCHES);
    }

    @Test
    void seed2_11_2_recheckInterval3_secondPunchWithin3MinutesIsRepeat() {
        Instant first = at("2024-05-06T08:01:00").toInstant();
        ClockDecision d = auto(3).decide(at("2024-05-06T08:03:59"), first, null);
        assertEquals(ClockDecision.Outcome.REPEAT, d.outcome());
        assertNull(d.status());
    }

    @Test
    void recheckIntervalBoundary_exactlyThreeMinutesLaterIsRecorded() {
        Instant first = at("2024-05-06T08:01:00").toInstant();
        assertEquals(ClockDecision.REPEAT, auto(3).decide(at("2024-05-06T08:03:59.999"), first, null));
        assertEquals(ClockDecision.accepted(ClockStatus.CHECK_IN), auto(3).decide(at("2024-05-06T08:04:00"), first, null));
    }

    @Test
    void recheckIntervalZeroNeverSaysRepeat() {
        Instant first = at("2024-05-06T08:01:00").toInstant();
        assertEquals(ClockDecision.accepted(ClockStatus.CHECK_IN), auto(0).decide(at("2024-05-06T08:01:00"), first, null));
    }

    @Test
    void repeatAppliesWhateverStatusIsChosen() {
        Instant first = at("2024-05-06T17:40:00").toInstant();
        assertEquals(ClockDecision.REPEAT, auto(9).decide(at("2024-05-06T17:45:00"), first, ClockStatus.OT_IN));
    }

    @Test
    void firstPunchOfAPersonIsNeverARepeat() {
        assertEquals(ClockDecision.accepted(ClockStatus.CHECK_IN), auto(9).decide(at("2024-05-06T08:00:00"), null, null));
    }

    @Test
    void clockSetBackWithinTheIntervalIsStillARepeat() {
        Instant last = at("2024-05-06T08:05:00").toInstant();
        assertEquals(ClockDecision.REPEAT, auto(3).decide(at("2024-05-06T08:03:00"), last, null));
    }

    @Test
    void seed2_11_6_from8_00To17_30AutoModeShowsCheckInAndFrom17_30CheckOut() {
        ClockEventDecider d = auto(0);
        assertEquals(ClockStatus.CHECK_IN, d.autoStatusAt(LocalTime.of(8, 0)));
        assertEquals(ClockStatus.CHECK_IN, d.autoStatusAt(LocalTime.of(17, 29, 59)));
        assertEquals(ClockStatus.CHECK_OUT, d.autoStatusAt(LocalTime.of(17, 30)));
        assertEquals(ClockStatus.CHECK_OUT, d.autoStatusAt(LocalTime.of(23, 59, 59)));
    }

    @Test
    void beforeTheFirstSwitchOfTheDayTheLastSwitchOfYesterdayStillHolds() {
        assertEquals(ClockStatus.CHECK_OUT, auto(0).autoStatusAt(LocalTime.of(7, 59, 59)));
        assertEquals(ClockStatus.CHECK_OUT, auto(0).autoStatusAt(LocalTime.MIDNIGHT));
    }

    @Test
    void withNoSwitchTimesAutoModeShowsCheckInLikeTheStandbyScreen() {
        assertEquals(ClockStatus.CHECK_IN, decider(0, EventMode.AUTO_MANUAL, null, List.of()).autoStatusAt(LocalTime.of(20, 0)));
    }

    @Test
    void allSixStatusesCanBeScheduled() {
        ClockEventDecider d = decider(0, EventMode.AUTO_MANUAL, null, List.of(
                StateSwitch.of("06:00", ClockStatus.CHECK_IN), StateSwitch.of("12:00", ClockStatus.BREAK_OUT),
                StateSwitch.of("13:00", ClockStatus.BREAK_IN), StateSwitch.of("16:00", ClockStatus.CHECK_OUT),
                StateSwitch.of("18:00", ClockStatus.OT_IN), StateSwitch.of("19:00", ClockStatus.OT_OUT)));
        assertEquals(ClockStatus.CHECK_IN, d.autoStatusAt(LocalTime.of(11, 59)));
        assertEquals(ClockStatus.BREAK_OUT, d.autoStatusAt(LocalTime.of(12, 30)));
        assertEquals(ClockStatus.BREAK_IN, d.autoStatusAt(LocalTime.of(13, 0)));
        assertEquals(ClockStatus.CHECK_OUT, d.autoStatusAt(LocalTime.of(17, 0)));
        assertEquals(ClockStatus.OT_IN, d.autoStatusAt(LocalTime.of(18, 30)));
        assertEquals(ClockStatus.OT_OUT, d.autoStatusAt(LocalTime.of(3, 0)));
    }

    @Test
    void autoManualModeLetsThePersonChangeTheStatus() {
        assertEquals(ClockDecision.accepted(ClockStatus.BREAK_OUT),
                auto(3).decide(at("2024-05-06T12:00:00"), null, ClockStatus.BREAK_OUT));
        assertEquals(ClockDecision.accepted(ClockStatus.CHECK_IN),
                auto(3).decide(at("2024-05-06T12:00:00"), null, null));
    }

    @Test
    void forcedModeRecordsOnlyAChosenStatus() {
        ClockEventDecider d = decider(3, EventMode.FORCED, null, SEED_SWITCHES);
        assertEquals(ClockDecision.STATUS_REQUIRED, d.decide(at("2024-05-06T09:00:00"), null, null));
        assertEquals(ClockDecision.accepted(ClockStatus.BREAK_IN), d.decide(at("2024-05-06T09:00:00"), null, ClockStatus.BREAK_IN));
    }

    @Test
    void forcedModeStillSaysRepeatFirst() {
        ClockEventDecider d = decider(3, EventMode.FORCED, null, List.of());
        Instant last = at("2024-05-06T09:00:00").toInstant();
        assertEquals(ClockDecision.REPEAT, d.decide(at("2024-05-06T09:01:00"), last, null));
    }

    @Test
    void fixedModeAlwaysRecordsTheFixedStatus() {
        ClockEventDecider d = decider(3, EventMode.FIXED, ClockStatus.OT_OUT, SEED_SWITCHES);
        assertEquals(ClockDecision.accepted(ClockStatus.OT_OUT), d.decide(at("2024-05-06T09:00:00"), null, null));
        assertEquals(ClockDecision.accepted(ClockStatus.OT_OUT),
                d.decide(at("2024-05-06T09:00:00"), null, ClockStatus.CHECK_IN), "a choice is ignored in fixed mode");
    }

    @Test
    void autumnDstHourRepeatsLocalTimesButTheRecheckIntervalMeasuresRealTime() {
        // Berlin, 2024-10-27: 03:00 CEST falls back to 02:00 CET, so 02:30 happens twice, an hour apart.
        ZonedDateTime firstHalfPast2 = ZonedDateTime.ofStrict(LocalDateTime.parse("2024-10-27T02:30:00"),
                ZoneOffset.ofHours(2), ZONE);
        ZonedDateTime secondHalfPast2 = firstHalfPast2.withLaterOffsetAtOverlap();
        assertEquals(firstHalfPast2.toLocalDateTime(), secondHalfPast2.toLocalDateTime());
        assertEquals(ClockDecision.accepted(ClockStatus.CHECK_OUT),
                auto(9).decide(secondHalfPast2, firstHalfPast2.toInstant(), null));
    }

    @Test
    void springDstGapIsMeasuredInRealTimeToo() {
        // Berlin, 2024-03-31: 02:00 CET jumps to 03:00 CEST; 01:58 and 03:01 are three real minutes apart.
        Instant before = at("2024-03-31T01:58:00").toInstant();
        assertEquals(ClockDecision.REPEAT, auto(4).decide(at("2024-03-31T03:01:00"), before, null));
        assertEquals(ClockDecision.accepted(ClockStatus.CHECK_OUT), auto(3).decide(at("2024-03-31T03:01:00"), before, null));
    }

    @Test
    void nullTimeIsRefused() {
        assertThrows(NullPointerException.class, () -> auto(3).decide(null, null, null));
        assertThrows(NullPointerException.class, () -> new ClockEventDecider(null));
    }
}
