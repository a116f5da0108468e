package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The logs.* section: how many records each log keeps before the oldest are overwritten. */
public record LogsConfig(
        @JsonProperty("call-capacity") int callCapacity,
        @JsonProperty("unlock-capacity") int unlockCapacity,
        @JsonProperty("alarm-capacity") int alarmCapacity) {
    public LogsConfig {
        Checks.range("call-capacity", callCapacity, 100, 10_000_000);
        Checks.range("unlock-capacity", unlockCapacity, 100, 10_000_000);
        Checks.range("alarm-capacity", alarmCapacity, 100, 10_000_000);
    }
}
