package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The sip.* section: where the SIP stack listens, how the registrar treats bindings and how calls are routed. */
public record SipConfig(
        @JsonProperty("address") String address,
        @JsonProperty("udp-port") int udpPort,
        @JsonProperty("tcp-port") int tcpPort,
        @JsonProperty("tls-port") int tlsPort,
        @JsonProperty("tls-certificate") String tlsCertificate,
        @JsonProperty("tls-key") String tlsKey,
        @JsonProperty("tls-client-auth") String tlsClientAuth,
        @JsonProperty("tls-client-ca") String tlsClientCa,
        @JsonProperty("keepalive-interval") int keepaliveInterval,
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
    public static final List<String> TLS_CLIENT_AUTH = List.of("none", "want", "need");

    public SipConfig {
        Checks.notBlank("address", address);
        Checks.port("udp-port", udpPort);
        Checks.port("tcp-port", tcpPort);
        Checks.range("tls-port", tlsPort, 0, 65535, "a port number from 1 to 65535, or 0 to turn SIP over TLS off");
        tlsCertificate = Checks.orDefault(tlsCertificate, "").strip();
        tlsKey = Checks.orDefault(tlsKey, "").strip();
        if (tlsCertificate.isEmpty() != tlsKey.isEmpty()) {
            String missing = tlsCertificate.isEmpty() ? "tls-certificate" : "tls-key";
            throw new ConfigException(missing, null, "sip.tls-certificate and sip.tls-key name PEM files and are"
                    + " given together (both empty: a self-signed certificate is generated in the data directory)");
        }
        tlsClientAuth = Checks.orDefault(tlsClientAuth, "none").strip().toLowerCase(Locale.ROOT);
        if (!TLS_CLIENT_AUTH.contains(tlsClientAuth)) {
            throw new ConfigException("tls-client-auth", tlsClientAuth, "one of " + String.join(", ", TLS_CLIENT_AUTH));
        }
        tlsClientCa = Checks.orDefault(tlsClientCa, "").strip();
        if (!tlsClientAuth.equals("none") && tlsClientCa.isEmpty()) {
            throw new ConfigException("tls-client-ca", null, "a PEM file of the CA certificates that client"
                    + " certificates must chain to, required when sip.tls-client-auth is " + tlsClientAuth);
        }
        if (keepaliveInterval != 0) {
            Checks.range("keepalive-interval", keepaliveInterval, 5, 3600, "a number of seconds from 5 to 3600, or 0 (off)");
        }
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

    /** Whether doorman listens for SIP over TLS at all (sip.tls-port 0 turns it off). */
    public boolean tlsEnabled() {
        return tlsPort != 0;
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
