package org.doorman.media.rtsp;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.doorman.conf.CameraConfig;
import org.doorman.conf.DoorConfig;
import org.doorman.conf.DoormanConfig;

/** Where one door station's video is pulled from: its rtsp:// URL and the account the camera asks for. */
public record CameraSource(URI url, String user, String password) {
    public CameraSource {
        Objects.requireNonNull(url, "url");
        if (!"rtsp".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("a camera URL is rtsp://HOST[:PORT]/PATH, not " + url);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public static CameraSource of(CameraConfig camera) {
        return new CameraSource(URI.create(camera.url()), camera.user(), camera.password());
    }

    /** The cameras of every door in the configuration that has doors.N.camera.url set, by door number. */
    public static Map<String, CameraSource> fromConfig(DoormanConfig config) {
        Map<String, CameraSource> cameras = new LinkedHashMap<>();
        for (Map.Entry<String, DoorConfig> door : config.doors().entrySet()) {
            if (door.getValue().camera().present()) {
                cameras.put(door.getKey(), of(door.getValue().camera()));
            }
        }
        return cameras;
    }

    public int port() {
        return url.getPort() < 0 ? Rfc2326.DEFAULT_PORT : url.getPort();
    }

    /** The URL as it is logged and shown in stats: never with credentials. */
    @Override
    public String toString() {
        return url.toString();
    }
}
