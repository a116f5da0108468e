package org.doorman.media.rtsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Which door and track a viewer's URL names. */
class ViewerPathTest {

    @Test
    void theAggregateUrlNamesTheDoor() {
        assertEquals(Optional.of(new ViewerPath("8001", OptionalInt.empty())), ViewerPath.parse("rtsp://doorman:8554/door/8001"));
        assertEquals(Optional.of(new ViewerPath("8001", OptionalInt.empty())), ViewerPath.parse("rtsp://doorman:8554/door/8001/"));
    }

    @Test
    void aTrackUrlNamesDoorAndTrack() {
        assertEquals(Optional.of(new ViewerPath("8001", OptionalInt.of(1))),
                ViewerPath.parse("rtsps://10.0.0.2:8322/door/8001/trackID=1"));
    }

    @Test
    void anythingElseNamesNoDoor() {
        for (String uri : new String[] {"rtsp://h/door/", "rtsp://h/door/80a1", "rtsp://h/cam/realmonitor?channel=1",
            "rtsp://h/door/8001/trackID=x", "*", "rtsp://h/door/1234567890", "not a uri"}) {
            assertEquals(Optional.empty(), ViewerPath.parse(uri), uri);
        }
    }

    @Test
    void theContentBaseKeepsSchemeAndAuthority() {
        assertEquals("rtsps://doorman:8322/door/8001/", ViewerPath.contentBase("rtsps://doorman:8322/door/8001", "8001"));
        assertEquals("trackID=2", ViewerPath.trackControl(2));
    }
}
