package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/** The whole configuration of one doorman server, as loaded from the bundled defaults, a file and overrides. */
public record DoormanConfig(
        @JsonProperty("sip") SipConfig sip,
        @JsonProperty("management") ManagementConfig management,
        @JsonProperty("storage") StorageConfig storage,
        @JsonProperty("media") MediaConfig media,
        @JsonProperty("security") SecurityConfig security,
        @JsonProperty("logs") LogsConfig logs,
        @JsonProperty("doors") Map<String, DoorConfig> doors) {
    public DoormanConfig {
        doors = doors == null ? Map.of() : new TreeMap<>(doors);
        for (String number : doors.keySet()) {
            Checks.digits("doors." + number, number, 1, 9);
        }
        doors = Map.copyOf(doors);
    }

    /** A door station's door settings, or the defaults when the configuration does not name it. */
    public DoorConfig door(String vtoNumber) {
        return doors.getOrDefault(vtoNumber, DoorConfig.defaults());
    }
}
