package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A door station's camera, doors.<vto>.camera.*: the RTSP address the relay pulls its video from
 * (e.g. rtsp://192.168.1.110:554/cam/realmonitor?channel=1&subtype=0) and the account the camera
 * asks for (digest or basic). An empty url means the door has no camera to relay.
 */
public record CameraConfig(
        @JsonProperty("url") String url,
        @JsonProperty("user") String user,
        @JsonProperty("password") String password) {

    public CameraConfig {
        url = Checks.orDefault(url, "").strip();
        user = Checks.orDefault(user, "");
        password = Checks.orDefault(password, "");
        if (!url.isEmpty()) {
            checkUrl(url);
        } else if (!user.isEmpty() || !password.isEmpty()) {
            throw new ConfigException("url", null, "the camera's rtsp:// address, needed when camera.user or"
                    + " camera.password is given");
        }
    }

    /** No camera: the door's video is not relayed. */
    public static CameraConfig none() {
        return new CameraConfig(null, null, null);
    }

    /** Whether the door has a camera to relay. */
    public boolean present() {
        return !url.isEmpty();
    }

    private static void checkUrl(String url) {
        String allowed = "the camera's address as rtsp://HOST[:PORT]/PATH, e.g."
                + " rtsp://192.168.1.110:554/cam/realmonitor?channel=1&subtype=0 (credentials go in camera.user"
                + " and camera.password, not in the url)";
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !"rtsp".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))
                    || uri.getRawUserInfo() != null) {
                throw new ConfigException("url", url, allowed);
            }
        } catch (URISyntaxException e) {
            throw new ConfigException("url", url, allowed);
        }
    }
}
