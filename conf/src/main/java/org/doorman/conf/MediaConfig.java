package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * The media.* section: whether calls are anchored through the relay, where it listens and what it
 * writes into SDP, its RTP port range, the SRTP policy (the manual's "Audio/Video Transmission
 * Encryption" switch), the media timeout, and the RTSP relay's ports.
 */
public record MediaConfig(
        @JsonProperty("anchor") Boolean anchor,
        @JsonProperty("address") String address,
        @JsonProperty("sdp-address") String sdpAddress,
        @JsonProperty("rtp-ports") PortRange rtpPorts,
        @JsonProperty("srtp") String srtp,
        @JsonProperty("timeout") Integer timeout,
        @JsonProperty("latch-window") Integer latchWindow,
        @JsonProperty("rtsp-port") int rtspPort,
        @JsonProperty("rtsps-port") Integer rtspsPort) {
    public static final List<String> SRTP_POLICIES = List.of("required", "preferred", "off");

    public MediaConfig {
        anchor = Checks.orDefault(anchor, true);
        Checks.notBlank("address", address);
        sdpAddress = Checks.orDefault(sdpAddress, "");
        if (rtpPorts == null) {
            throw new ConfigException("rtp-ports", null, "a port range FIRST-LAST within 1024-65535");
        }
        if (rtpPorts.size() < 4) {
            throw new ConfigException("rtp-ports", rtpPorts, "a range of at least 4 ports (each call leg takes 2)");
        }
        srtp = Checks.orDefault(srtp, "preferred").toLowerCase(Locale.ROOT);
        if (!SRTP_POLICIES.contains(srtp)) {
            throw new ConfigException("srtp", srtp, "one of " + String.join(", ", SRTP_POLICIES));
        }
        timeout = Checks.range("timeout", Checks.orDefault(timeout, 60), 5, 3600, "a number of seconds from 5 to 3600");
        latchWindow = Checks.range("latch-window", Checks.orDefault(latchWindow, 3), 0, 60,
                "a number of seconds from 0 to 60");
        Checks.port("rtsp-port", rtspPort);
        rtspsPort = Checks.orDefault(rtspsPort, 8322);
        if (rtspsPort != 0) {
            Checks.port("rtsps-port", rtspsPort);
            if (rtspsPort == rtspPort) {
                throw new ConfigException("rtsps-port", rtspsPort, "a port other than rtsp-port, or 0 to turn RTSPS off");
            }
        }
    }
}
