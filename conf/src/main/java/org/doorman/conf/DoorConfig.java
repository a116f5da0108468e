package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One door station's door settings, doors.<vto number>.*: the DTMF unlock commands of its two locks. */
public record DoorConfig(
        @JsonProperty("first-unlock-command") String firstUnlockCommand,
        @JsonProperty("second-unlock-command") String secondUnlockCommand) {
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
    }

    private static void checkCommand(String key, String value, boolean mayBeEmpty) {
        if ((value.isEmpty() && !mayBeEmpty) || !value.matches("[0-9*#]{0,16}")) {
            throw new ConfigException(key, value, "up to 16 DTMF keys 0-9, * and #, or empty to disable");
        }
    }
}
