package org.doorman.media.rtsp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a viewer's request URL points: {@code rtsp://HOST:8554/door/8001} is door station 8001's
 * video (the aggregate, also with a trailing slash), {@code .../door/8001/trackID=0} one of its tracks.
 * Pure: no I/O.
 */
public record ViewerPath(String door, OptionalInt track) {
    public static final String PREFIX = "/door/";
    private static final Pattern PATH = Pattern.compile("/door/([0-9]{1,9})/?(?:trackID=([0-9]{1,2}))?/?");

    /** The door (and track) of a request URI, or empty when it names no door. */
    public static Optional<ViewerPath> parse(String requestUri) {
        String path;
        try {
            URI uri = new URI(requestUri);
            path = uri.getRawPath();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        OptionalInt track = m.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(2)));
        return Optional.of(new ViewerPath(m.group(1), track));
    }

    /** The base URL the viewer resolves track controls against: scheme, authority and /door/N/. */
    public static String contentBase(String requestUri, String door) {
        try {
            URI uri = new URI(requestUri);
            return uri.getScheme() + "://" + uri.getRawAuthority() + PREFIX + door + "/";
        } catch (URISyntaxException e) {
            return PREFIX + door + "/";
        }
    }

    /** The control attribute of track n in the SDP given to viewers (relative to the content base). */
    public static String trackControl(int track) {
        return "trackID=" + track;
    }
}
