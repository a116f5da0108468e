package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The management.* section: where the JSON management API listens. */
public record ManagementConfig(
        @JsonProperty("address") String address,
        @JsonProperty("port") int port) {
    public ManagementConfig {
        Checks.notBlank("address", address);
        Checks.port("port", port);
    }
}
