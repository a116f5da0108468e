package org.doorman.media.sdp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One media section: its m-line split into fields and the lines that follow it (c=, b=, a=, ...), unchanged. */
public record SdpMedia(String type, int port, int portCount, String proto, List<String> formats, List<String> lines) {
    public SdpMedia {
        formats = List.copyOf(formats);
        lines = List.copyOf(lines);
    }

    static SdpMedia parse(String mLine, List<String> lines) throws SdpException {
        String[] f = mLine.substring(2).trim().split("\\s+");
        if (f.length < 3) {
            throw new SdpException("m-line needs media, port and proto: " + Sdp.abbreviate(mLine));
        }
        String[] portAndCount = f[1].split("/");
        int port;
        int count;
        try {
            port = Integer.parseInt(portAndCount[0]);
            count = portAndCount.length > 1 ? Integer.parseInt(portAndCount[1]) : 1;
        } catch (NumberFormatException e) {
            throw new SdpException("m-line port is not a number: " + Sdp.abbreviate(mLine));
        }
        if (port < 0 || port > 65535 || count < 1) {
            throw new SdpException("m-line port out of range: " + Sdp.abbreviate(mLine));
        }
        return new SdpMedia(f[0], port, count, f[2], List.of(f).subList(3, f.length), lines);
    }

    /** RTP over UDP, plain or SRTP, with or without feedback (RTP/AVP, RTP/AVPF, RTP/SAVP, RTP/SAVPF). */
    public boolean isUdpRtp() {
        String p = proto.toUpperCase(Locale.ROOT);
        return p.equals("RTP/AVP") || p.equals("RTP/AVPF") || p.equals("RTP/SAVP") || p.equals("RTP/SAVPF");
    }

    /** The secure profile: the offerer accepts nothing but SRTP on this stream. */
    public boolean isSecureProfile() {
        return proto.toUpperCase(Locale.ROOT).startsWith("RTP/SAVP");
    }

    /** Whether the profile carries RTCP feedback (…AVPF). */
    public boolean hasFeedback() {
        return proto.toUpperCase(Locale.ROOT).endsWith("F");
    }

    /** Values of a=NAME:VALUE lines (an empty string for a=NAME flags), in order. */
    public List<String> attributes(String name) {
        return attributeValues(lines, name);
    }

    public boolean hasAttribute(String name) {
        return !attributes(name).isEmpty();
    }

    /** The port of a=rtcp (RFC 3605), or -1. */
    public int rtcpAttributePort() {
        for (String v : attributes("rtcp")) {
            String first = v.trim().split("\\s+")[0];
            try {
                int p = Integer.parseInt(first);
                return p >= 0 && p <= 65535 ? p : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /** Payload type → "encoding/clock[/channels]" from the a=rtpmap lines. */
    public Map<Integer, String> rtpmaps() {
        Map<Integer, String> maps = new LinkedHashMap<>();
        for (String v : attributes("rtpmap")) {
            String[] parts = v.trim().split("\\s+", 2);
            try {
                if (parts.length == 2) {
                    maps.put(Integer.parseInt(parts[0]), parts[1]);
                }
            } catch (NumberFormatException e) {
                // a malformed rtpmap only loses that mapping
            }
        }
        return maps;
    }

    static List<String> attributeValues(List<String> lines, String name) {
        List<String> values = new ArrayList<>();
        String flag = "a=" + name;
        for (String line : lines) {
            if (line.equalsIgnoreCase(flag)) {
                values.add("");
            } else if (line.regionMatches(true, 0, flag + ":", 0, flag.length() + 1)) {
                values.add(line.substring(flag.length() + 1));
            }
        }
        return values;
    }

    /** The address of the first c= line among {@code lines} (multicast TTL/count removed), or null. */
    static String connectionOf(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("c=")) {
                String[] f = line.substring(2).trim().split("\\s+");
                return f.length == 3 ? f[2].split("/")[0] : null;
            }
        }
        return null;
    }
}
