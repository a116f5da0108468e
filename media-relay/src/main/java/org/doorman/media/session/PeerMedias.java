package org.doorman.media.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doorman.media.sdp.Sdp;
import org.doorman.media.sdp.SdpMedia;

/** Reads a {@link PeerMedia} out of a media section. */
final class PeerMedias {
    private PeerMedias() {
    }

    static PeerMedia of(Sdp sdp, SdpMedia m, boolean mux) {
        String host = sendable(sdp.connectionFor(m));
        int rtcp = mux ? m.port() : m.rtcpAttributePort() > 0 ? m.rtcpAttributePort() : m.port() + 1;
        Map<Integer, String> maps = m.rtpmaps();
        List<Integer> events = new ArrayList<>();
        maps.forEach((pt, encoding) -> {
            if (encoding.toLowerCase(Locale.ROOT).startsWith("telephone-event/") && pt >= 0 && pt < 128) {
                events.add(pt);
            }
        });
        return new PeerMedia(host, m.port(), rtcp, mux, events, clockRate(m, maps));
    }

    /** An IP literal that can be sent to; null for the RFC 2543 hold address, host names and anything unreadable. */
    static String sendable(String address) {
        if (address == null || address.equals("0.0.0.0") || address.equals("::")) {
            return null;
        }
        boolean v4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = address.matches("[0-9A-Fa-f:.]+") && address.contains(":");
        return v4 || v6 ? address : null;
    }

    private static int clockRate(SdpMedia m, Map<Integer, String> maps) {
        if (!m.formats().isEmpty()) {
            try {
                int pt = Integer.parseInt(m.formats().get(0));
                String map = maps.get(pt);
                if (map != null) {
                    String[] parts = map.split("/");
                    int rate = parts.length >= 2 ? Integer.parseInt(parts[1].trim()) : 0;
                    if (rate > 0) {
                        return rate;
                    }
                }
                if (pt == 26 || pt == 31 || pt == 32 || pt == 33 || pt == 34) {
                    return 90_000; // RFC 3551 static video types
                }
            } catch (NumberFormatException e) {
                // fall back to the media type's usual clock
            }
        }
        return m.type().equalsIgnoreCase("video") ? 90_000 : 8_000;
    }
}
