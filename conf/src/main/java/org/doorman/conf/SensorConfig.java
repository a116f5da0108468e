package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * A door station's door contact, doors.<vto>.sensor.* (seed 4.3.1): whether one is installed and read,
 * its type, the Door Sensor Check Duration after which an open door raises an alarm, and Check Door
 * Signal Before Lock (do not relock while the door stands open). The contact is read through lock 1's
 * driver: a Modbus discrete input ({@code input}) or the simulator's.
 *
 * @param enable read the contact: door state goes to the monitors, the open-too-long alarm is armed
 * @param contact NO (the contact closes when the door opens) or NC (it opens when the door opens; the default,
 *                so a cut wire reads as an open door and is noticed)
 */
public record SensorConfig(
        @JsonProperty("enable") Boolean enable,
        @JsonProperty("contact") String contact,
        @JsonProperty("check-duration") Integer checkDuration,
        @JsonProperty("check-door-signal-before-lock") Boolean checkDoorSignalBeforeLock,
        @JsonProperty("input") Integer input,
        @JsonProperty("poll-interval-ms") Integer pollIntervalMs) {

    public SensorConfig {
        enable = Checks.orDefault(enable, false);
        contact = Checks.orDefault(contact, "NC").strip().toUpperCase(Locale.ROOT);
        // YAML 1.1 reads a bare NO as the boolean false; the seed's spelling should work unquoted too.
        contact = switch (contact) {
            case "FALSE", "NORMALLY-OPEN" -> "NO";
            case "NORMALLY-CLOSED" -> "NC";
            default -> contact;
        };
        if (!contact.equals("NO") && !contact.equals("NC")) {
            throw new ConfigException("contact", contact, "NO (normally open) or NC (normally closed)");
        }
        checkDuration = Checks.range("check-duration", Checks.orDefault(checkDuration, 60), 1, 3600,
                "a number of seconds from 1 to 3600");
        checkDoorSignalBeforeLock = Checks.orDefault(checkDoorSignalBeforeLock, false);
        input = Checks.range("input", Checks.orDefault(input, 0), 0, 65535, "a Modbus discrete input address from 0 to 65535");
        pollIntervalMs = Checks.range("poll-interval-ms", Checks.orDefault(pollIntervalMs, 250), 50, 10_000,
                "a number of milliseconds from 50 to 10000");
        if (checkDoorSignalBeforeLock && !enable) {
            throw new ConfigException("check-door-signal-before-lock", true, "it needs a door contact: set enable: true too");
        }
    }

    public static SensorConfig defaults() {
        return new SensorConfig(null, null, null, null, null, null);
    }

    /** Whether a closed contact means an open door (an NO contact closes when the door opens). */
    public boolean closedContactMeansOpen() {
        return contact.equals("NO");
    }
}
