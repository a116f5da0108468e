package org.doorman.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys call routing reads: sip.time-zone, sip.max-branches, sip.forward-to-centre-after, doors.N.call-periods. */
class CallRoutingConfigTest {
    private final ConfigLoader loader = new ConfigLoader();
    @TempDir Path dir;

    @Test
    void defaultsAreSystemZoneSixteenBranchesNoForwardingAndCallsAtAnyTime() {
        DoormanConfig c = loader.defaults();
        assertEquals("", c.sip().timeZone());
        assertEquals(ZoneId.systemDefault(), c.sip().zone());
        assertEquals(16, c.sip().maxBranches());
        assertEquals(0, c.sip().forwardToCentreAfter());
        assertEquals(List.of(), c.door("8001").callPeriods());
        assertTrue(c.door("8001").mayCallAt(LocalTime.of(3, 0)));
        assertTrue(c.sip().groupCall());
    }

    @Test
    void timeZoneAcceptsRegionIdsAndOffsets() {
        assertEquals(ZoneId.of("Asia/Kolkata"), sip("sip.time-zone=Asia/Kolkata").zone());
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), sip("sip.time-zone=+05:30").zone());
        assertEquals(ZoneId.of("UTC"), sip("sip.time-zone=UTC").zone());
    }

    @Test
    void emptyTimeZoneMeansTheSystemZone() {
        assertEquals(ZoneId.systemDefault(), sip("sip.time-zone=").zone());
    }

    @Test
    void unknownTimeZoneIsRefusedNamingTheKey() {
        ConfigException e = refused("sip.time-zone=Mars/Olympus");
        assertEquals("sip.time-zone", e.key());
        assertTrue(e.getMessage().contains("'Mars/Olympus'") && e.getMessage().contains("Europe/Berlin"), e.getMessage());
    }

    @Test
    void maxBranchesAcceptsOneToSixtyFour() {
        assertEquals(1, sip("sip.max-branches=1").maxBranches());
        assertEquals(64, sip("sip.max-branches=64").maxBranches());
    }

    @Test
    void maxBranchesOutsideOneToSixtyFourIsRefusedNamingTheKey() {
        for (String bad : List.of("0", "65", "-1")) {
            ConfigException e = refused("sip.max-branches=" + bad);
            assertEquals("sip.max-branches", e.key());
            assertTrue(e.getMessage().contains("from 1 to 64"), e.getMessage());
        }
    }

    @Test
    void maxBranchesThatIsNotANumberIsRefused() {
        ConfigException e = refused("sip.max-branches=many");
        assertEquals("sip.max-branches", e.key());
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void forwardToCentreAfterAcceptsZeroToThreeHundredSeconds() {
        assertEquals(0, sip("sip.forward-to-centre-after=0").forwardToCentreAfter());
        assertEquals(300, sip("sip.forward-to-centre-after=300").forwardToCentreAfter());
    }

    @Test
    void forwardToCentreAfterOutsideRangeIsRefusedNamingTheKey() {
        for (String bad : List.of("-1", "301")) {
            ConfigException e = refused("sip.forward-to-centre-after=" + bad);
            assertEquals("sip.forward-to-centre-after", e.key());
            assertTrue(e.getMessage().contains("0 (off) to 300"), e.getMessage());
        }
    }

    @Test
    void callPeriodsAreReadFromAYamlList() throws Exception {
        Path file = dir.resolve("doorman.yaml");
        Files.writeString(file, "doors:\n  \"8001\":\n    call-periods: [\"07:00-12:00\", \"22:00-02:00\"]\n");
        DoorConfig door = loader.load(file, List.of()).door("8001");
        assertEquals(List.of(TimeRange.parse("07:00-12:00"), TimeRange.parse("22:00-02:00")), door.callPeriods());
        assertTrue(door.mayCallAt(LocalTime.of(7, 0)));
        assertFalse(door.mayCallAt(LocalTime.of(12, 0)), "the end of a period is outside it");
        assertTrue(door.mayCallAt(LocalTime.of(1, 59)), "a period past midnight");
        assertFalse(door.mayCallAt(LocalTime.of(15, 0)));
    }

    @Test
    void callPeriodsCanBeSetOnTheCommandLine() {
        DoorConfig door = loader.load(null, List.of("doors.8001.call-periods=[08:00-18:00]")).door("8001");
        assertEquals(List.of(TimeRange.parse("08:00-18:00")), door.callPeriods());
        assertEquals("456", door.secondUnlockCommand(), "other door keys keep their defaults");
    }

    @Test
    void emptyCallPeriodsMeanAnyTime() {
        DoorConfig door = loader.load(null, List.of("doors.8001.call-periods=[]")).door("8001");
        assertTrue(door.mayCallAt(LocalTime.MIDNIGHT));
    }

    @Test
    void badCallPeriodIsRefusedNamingTheFullKeyAndTheEntry() {
        ConfigException e = refused("doors.8001.call-periods=[08:00-12:00, 25:00-26:00]");
        assertEquals("doors.8001.call-periods", e.key());
        assertTrue(e.getMessage().contains("'25:00-26:00'") && e.getMessage().contains("HH:MM-HH:MM"), e.getMessage());
    }

    @Test
    void emptyCallPeriodEntryIsRefused() {
        ConfigException e = refused("doors.8001.call-periods=[~]");
        assertEquals("doors.8001.call-periods", e.key());
    }

    @Test
    void singlePeriodWithoutListBracketsIsRefusedAskingForAList() {
        ConfigException e = refused("doors.8001.call-periods=08:00-12:00");
        assertEquals("doors.8001.call-periods", e.key());
        assertTrue(e.getMessage().contains("a list"), e.getMessage());
    }

    @Test
    void newKeysSurviveExportAndImport() throws Exception {
        DoormanConfig c = loader.load(null, List.of("sip.time-zone=Europe/Berlin", "sip.max-branches=3",
                "sip.forward-to-centre-after=30", "doors.8001.call-periods=[07:00-22:00]"));
        Path file = dir.resolve("export.yaml");
        Files.writeString(file, loader.toYaml(c));
        assertEquals(c, loader.load(file, List.of()));
    }

    private SipConfig sip(String override) {
        return loader.load(null, List.of(override)).sip();
    }

    private ConfigException refused(String override) {
        return assertThrows(ConfigException.class, () -> loader.load(null, List.of(override)));
    }
}
