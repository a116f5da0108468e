package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The sip.* section: where the SIP stack listens, how the registrar treats bindings and how calls are routed. */
public record SipConfig(
        @JsonProperty("address") String address,
        @JsonProperty("udp-port") int udpPort,
        @JsonProperty("tcp-port") int tcpPort,
        @JsonProperty("tls-port") int tlsPort,
        @JsonProperty("realm") String realm,
        @JsonProperty("server-number") String serverNumber,
        @JsonProperty("centre-number") String centreNumber,
        @JsonProperty("calling-centre-period") TimeRange callingCentrePeriod,
        @JsonProperty("group-call") boolean groupCall,
        @JsonProperty("min-expires") int minExpires,
        @JsonProperty("max-expires") int maxExpires,
        @JsonProperty("default-expires") int defaultExpires,
        @JsonProperty("nonce-ttl") int nonceTtl,
        @JsonProperty("digest-algorithms") List<String> digestAlgorithms,
        @JsonProperty("max-message-size") int maxMessageSize,
        @JsonProperty("tcp-idle-timeout") int tcpIdleTimeout,
        @JsonProperty("time-zone") String timeZone,
        @JsonProperty("max-branches") int maxBranches,
        @JsonProperty("forward-to-centre-after") int forwardToCentreAfter,
        @JsonProperty("ring-timeout") int ringTimeout,
        @JsonProperty("authenticate-calls") boolean authenticateCalls) {

    public static final List<String> KNOWN_ALGORITHMS = List.of("SHA-256", "MD5");

    public SipConfig {
        Checks.notBlank("address", address);
        Checks.port("udp-port", udpPort);
        Checks.port("tcp-port", tcpPort);
        Checks.port("tls-port", tlsPort);
        if (realm == null || !realm.matches("[A-Za-z0-9.\\-_]{1,64}")) {
            throw new ConfigException("realm", realm, "1 to 64 letters, digits, '.', '-' or '_'");
        }
        Checks.digits("server-number", serverNumber, 1, 9);
        Checks.digits("centre-number", centreNumber, 1, 9);
        Checks.range("min-expires", minExpires, 10, 86400);
        Checks.range("max-expires", maxExpires, minExpires, 86400,
                "a number of seconds from min-expires (" + minExpires + ") to 86400");
        Checks.range("default-expires", defaultExpires, minExpires, maxExpires,
                "a number of seconds from min-expires to max-expires (" + minExpires + "-" + maxExpires + ")");
        Checks.range("nonce-ttl", nonceTtl, 10, 3600, "a number of seconds from 10 to 3600");
        if (digestAlgorithms == null || digestAlgorithms.isEmpty()
                || !KNOWN_ALGORITHMS.containsAll(digestAlgorithms)) {
            throw new ConfigException("digest-algorithms", digestAlgorithms, "a non-empty list of " + KNOWN_ALGORITHMS);
        }
        digestAlgorithms = List.copyOf(digestAlgorithms);
        Checks.range("max-message-size", maxMessageSize, 4096, 1 << 20, "a number of bytes from 4096 to 1048576");
        Checks.range("tcp-idle-timeout", tcpIdleTimeout, 5, 3600, "a number of seconds from 5 to 3600");
        timeZone = Checks.orDefault(timeZone, "").strip();
        zoneOf(timeZone);
        Checks.range("max-branches", maxBranches, 1, 64, "a number of devices a call rings at once, from 1 to 64");
        Checks.range("ring-timeout", ringTimeout, 10, 600, "a number of seconds from 10 to 600");
        Checks.range("forward-to-centre-after", forwardToCentreAfter, 0, 300,
                "a number of seconds from 0 (off) to 300");
        if (serverNumber.equals(centreNumber)) {
            throw new ConfigException("server-number", serverNumber, "a number different from centre-number");
        }
    }

    /** The Calling Center Period: when the centre may be called; empty means at any time. */
    public Optional<TimeRange> centrePeriod() {
        return Optional.ofNullable(callingCentrePeriod);
    }

    /** The zone that call periods are read in: sip.time-zone, or the system's zone when it is empty. */
    public ZoneId zone() {
        return zoneOf(timeZone);
    }

    private static ZoneId zoneOf(String id) {
        if (id.isEmpty()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new ConfigException("time-zone", id,
                    "empty (the system's zone) or a zone such as Europe/Berlin, UTC or +02:00");
        }
    }
}
