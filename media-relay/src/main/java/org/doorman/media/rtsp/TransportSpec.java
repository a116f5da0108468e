package org.doorman.media.rtsp;

import java.util.Locale;
import java.util.Optional;

/**
 * A viewer's choice from its SETUP Transport header (RFC 2326 §12.39): RTP over the RTSP connection
 * (interleaved channel pair) or unicast UDP (client_port pair). Multicast and RTP over raw TCP are not
 * offered. Pure: no I/O.
 *
 * @param tcp interleaved in the RTSP connection; otherwise UDP
 * @param rtp the RTP channel (tcp) or client port (udp)
 * @param rtcp the RTCP channel or client port
 */
public record TransportSpec(boolean tcp, int rtp, int rtcp) {

    /**
     * The first alternative of a Transport header the relay can serve. A TCP request without
     * interleaved= gets channels 2*track and 2*track+1; a UDP request must name its client_port.
     */
    public static Optional<TransportSpec> choose(String header, int track) {
        if (header == null) {
            return Optional.empty();
        }
        for (String alternative : header.split(",")) {
            Optional<TransportSpec> spec = parse(alternative.strip(), track);
            if (spec.isPresent()) {
                return spec;
            }
        }
        return Optional.empty();
    }

    private static Optional<TransportSpec> parse(String alternative, int track) {
        String[] parts = alternative.split(";");
        String protocol = parts[0].strip().toUpperCase(Locale.ROOT);
        boolean tcp = protocol.equals("RTP/AVP/TCP");
        if (!tcp && !protocol.equals("RTP/AVP") && !protocol.equals("RTP/AVP/UDP")) {
            return Optional.empty();
        }
        int[] pair = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            String name = p.contains("=") ? p.substring(0, p.indexOf('=')).toLowerCase(Locale.ROOT) : p.toLowerCase(Locale.ROOT);
            String value = p.contains("=") ? p.substring(p.indexOf('=') + 1) : "";
            switch (name) {
                case "multicast" -> {
                    return Optional.empty();
                }
                case "interleaved", "client_port" -> {
                    if (tcp == name.equals("interleaved")) {
                        pair = pair(value, tcp ? 255 : 65535);
                        if (pair == null) {
                            return Optional.empty();
                        }
                    }
                }
                default -> { }
            }
        }
        if (tcp) {
            return Optional.of(pair == null ? new TransportSpec(true, 2 * track, 2 * track + 1)
                    : new TransportSpec(true, pair[0], pair[1]));
        }
        return pair == null || pair[0] == 0 ? Optional.empty() : Optional.of(new TransportSpec(false, pair[0], pair[1]));
    }

    /** "A-B" or "A" (then B = A+1); null when not numbers within 0..max. */
    private static int[] pair(String value, int max) {
        try {
            String[] ab = value.split("-", 2);
            int a = Integer.parseInt(ab[0].strip());
            int b = ab.length == 2 ? Integer.parseInt(ab[1].strip()) : a + 1;
            return a < 0 || b < 0 || a > max || b > max ? null : new int[] {a, b};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The Transport header of the SETUP response; serverRtp/serverRtcp are the relay's UDP ports. */
    public String responseHeader(int serverRtp, int serverRtcp) {
        if (tcp) {
            return "RTP/AVP/TCP;unicast;interleaved=" + rtp + "-" + rtcp;
        }
        return "RTP/AVP;unicast;client_port=" + rtp + "-" + rtcp + ";server_port=" + serverRtp + "-" + serverRtcp;
    }
}
