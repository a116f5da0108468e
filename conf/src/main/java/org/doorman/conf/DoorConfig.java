package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One door station's settings, doors.<vto number>.*: the DTMF unlock commands of its two locks and
 * the periods in which it may place calls (the manual's "Periods in which Calls can be Made").
 */
public record DoorConfig(
        @JsonProperty("first-unlock-command") String firstUnlockCommand,
        @JsonProperty("second-unlock-command") String secondUnlockCommand,
        @JsonProperty("call-periods") List<TimeRange> callPeriods) {
    public static final String DEFAULT_SECOND_UNLOCK_COMMAND = "456";

    public DoorConfig {
        firstUnlockCommand = Checks.orDefault(firstUnlockCommand, "");
        secondUnlockCommand = Checks.orDefault(secondUnlockCommand, DEFAULT_SECOND_UNLOCK_COMMAND);
        checkCommand("first-unlock-command", firstUnlockCommand, true);
        checkCommand("second-unlock-command", secondUnlockCommand, true);
        if (!firstUnlockCommand.isEmpty() && firstUnlockCommand.equals(secondUnlockCommand)) {
            throw new ConfigException("second-unlock-command", secondUnlockCommand,
                    "a command different from first-unlock-command");
        }
        callPeriods = callPeriods == null ? List.of() : callPeriods;
        if (callPeriods.stream().anyMatch(Objects::isNull)) {
            throw new ConfigException("call-periods", callPeriods, "a list of daily periods HH:MM-HH:MM, no empty entries");
        }
        callPeriods = List.copyOf(callPeriods);
    }

    /** Reads the YAML form, where each call period is text: a bad one is refused naming the key and the entry. */
    @JsonCreator
    static DoorConfig fromYaml(
            @JsonProperty("first-unlock-command") String firstUnlockCommand,
            @JsonProperty("second-unlock-command") String secondUnlockCommand,
            @JsonProperty("call-periods") List<String> callPeriods) {
        List<TimeRange> periods = new ArrayList<>();
        for (String text : callPeriods == null ? List.<String>of() : callPeriods) {
            try {
                periods.add(TimeRange.parse(text));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("call-periods", text,
                        "a list of daily periods HH:MM-HH:MM, e.g. [07:00-12:00, 14:00-22:00], or [] for any time");
            }
        }
        return new DoorConfig(firstUnlockCommand, secondUnlockCommand, periods);
    }

    /** The defaults: no first command, second command 456, calls at any time. */
    public static DoorConfig defaults() {
        return new DoorConfig(null, null, null);
    }

    /** Whether the door station may place a call at this local time: no periods means at any time. */
    public boolean mayCallAt(LocalTime localTime) {
        return callPeriods.isEmpty() || callPeriods.stream().anyMatch(p -> p.contains(localTime));
    }

    private static void checkCommand(String key, String value, boolean mayBeEmpty) {
        if ((value.isEmpty() && !mayBeEmpty) || !value.matches("[0-9*#]{0,16}")) {
            throw new ConfigException(key, value, "up to 16 DTMF keys 0-9, * and #, or empty to disable");
        }
    }
}
