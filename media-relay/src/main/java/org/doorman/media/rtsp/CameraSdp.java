package org.doorman.media.rtsp;

import java.util.ArrayList;
import java.util.List;

/**
 * A camera's session description, read for the relay: the absolute control URL of each track (to
 * SETUP upstream) and of the whole session (to PLAY), and the same SDP rewritten for viewers with the
 * relay's own controls ({@code a=control:*} for the session, {@code trackID=N} per track). Pure: no I/O.
 */
public record CameraSdp(List<String> trackUrls, String sessionUrl, String forViewers) {

    public CameraSdp {
        trackUrls = List.copyOf(trackUrls);
    }

    public int tracks() {
        return trackUrls.size();
    }

    /**
     * Reads a DESCRIBE body. base is the Content-Base (or Content-Location, or the request URL) that
     * relative controls are resolved against; like most cameras and players, a relative control is
     * appended to the base (with a '/' between) rather than resolved by RFC 3986, which would lose a
     * query such as {@code ?channel=1&subtype=0}.
     */
    public static CameraSdp parse(String sdp, String base) {
        List<String> trackUrls = new ArrayList<>();
        String sessionUrl = base;
        StringBuilder viewers = new StringBuilder();
        boolean inMedia = false;
        for (String line : sdp.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("m=")) {
                if (!inMedia) {
                    viewers.append("a=control:*\r\n");
                }
                inMedia = true;
                trackUrls.add(base);
                viewers.append(line).append("\r\n").append("a=control:")
                        .append(ViewerPath.trackControl(trackUrls.size() - 1)).append("\r\n");
                continue;
            }
            if (line.startsWith("a=control:")) {
                String control = resolve(base, line.substring("a=control:".length()).strip());
                if (inMedia) {
                    trackUrls.set(trackUrls.size() - 1, control);
                } else {
                    sessionUrl = control;
                }
                continue;
            }
            viewers.append(line).append("\r\n");
        }
        if (trackUrls.isEmpty()) {
            throw new IllegalArgumentException("the camera's SDP has no media (m=) line");
        }
        return new CameraSdp(trackUrls, sessionUrl, viewers.toString());
    }

    private static String resolve(String base, String control) {
        if (control.equals("*") || control.isEmpty()) {
            return base;
        }
        if (control.regionMatches(true, 0, "rtsp://", 0, 7) || control.regionMatches(true, 0, "rtsps://", 0, 8)) {
            return control;
        }
        return base.endsWith("/") ? base + control : base + "/" + control;
    }
}
