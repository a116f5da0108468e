package org.doorman.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The door camera keys the RTSP relay reads: doors.N.camera.url, .user, .password. */
class CameraConfigTest {
    private final ConfigLoader loader = new ConfigLoader();
    @TempDir Path dir;

    @Test
    void aDoorHasNoCameraByDefault() {
        CameraConfig camera = loader.defaults().door("8001").camera();
        assertFalse(camera.present());
        assertEquals("", camera.url());
    }

    @Test
    void cameraTakesAnRtspUrlWithUserAndPassword() {
        CameraConfig camera = camera("doors.8001.camera.url='rtsp://192.168.1.110:554/cam/realmonitor?channel=1&subtype=0'",
                "doors.8001.camera.user=admin", "doors.8001.camera.password=admin123");
        assertTrue(camera.present());
        assertEquals("rtsp://192.168.1.110:554/cam/realmonitor?channel=1&subtype=0", camera.url());
        assertEquals("admin", camera.user());
        assertEquals("admin123", camera.password());
    }

    @Test
    void aUrlThatIsNotRtspIsRefusedNamingTheKey() {
        for (String bad : List.of("http://192.168.1.110/", "192.168.1.110", "rtsp://admin:pw@192.168.1.110/cam")) {
            ConfigException e = refused("doors.8001.camera.url=" + bad);
            assertEquals("doors.8001.camera.url", e.key(), bad);
            assertTrue(e.getMessage().contains("rtsp://HOST"), e.getMessage());
        }
    }

    @Test
    void credentialsWithoutAUrlAreRefused() {
        assertEquals("doors.8001.camera.url", refused("doors.8001.camera.user=admin").key());
    }

    @Test
    void anUnknownCameraKeyIsRefusedListingTheKnownOnes() {
        ConfigException e = refused("doors.8001.camera.pass=x");
        assertEquals("doors.8001.camera.pass", e.key());
        assertTrue(e.getMessage().contains("password, url, user"), e.getMessage());
    }

    @Test
    void cameraKeysSurviveExportAndImport() throws Exception {
        DoormanConfig c = loader.load(null, List.of("doors.8001.camera.url=rtsp://10.0.0.7/live",
                "doors.8001.camera.user=admin", "doors.8001.camera.password=pw"));
        Path file = dir.resolve("export.yaml");
        Files.writeString(file, loader.toYaml(c));
        assertEquals(c, loader.load(file, List.of()));
    }

    private CameraConfig camera(String... overrides) {
        return loader.load(null, List.of(overrides)).door("8001").camera();
    }

    private ConfigException refused(String... overrides) {
        return assertThrows(ConfigException.class, () -> loader.load(null, List.of(overrides)));
    }
}
