package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The media.* section: the relay's address, RTP port range and RTSP port. */
public record MediaConfig(
        @JsonProperty("address") String address,
        @JsonProperty("rtp-ports") PortRange rtpPorts,
        @JsonProperty("rtsp-port") int rtspPort) {
    public MediaConfig {
        Checks.notBlank("address", address);
        if (rtpPorts == null) {
            throw new ConfigException("rtp-ports", null, "a port range FIRST-LAST within 1024-65535");
        }
        Checks.port("rtsp-port", rtspPort);
    }
}
