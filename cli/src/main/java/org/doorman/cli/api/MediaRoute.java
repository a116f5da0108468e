package org.doorman.cli.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorman.media.MediaRelay;
import org.doorman.media.rtsp.RtspRelay;

/** /api/media: the relay's live media sessions with their counters, and the door cameras' RTSP relay. */
public final class MediaRoute implements Route {
    private final MediaRelay relay;
    private final RtspRelay rtsp;

    /** Either may be null when that part is off (media.anchor false; no RTSP relay). */
    public MediaRoute(MediaRelay relay, RtspRelay rtsp) {
        this.relay = relay;
        this.rtsp = rtsp;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        if (!"GET".equals(ex.method())) {
            throw new ApiException(405, null, "use GET");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("anchoring", relay != null);
        body.put("portsInUse", relay == null ? 0 : relay.portsInUse());
        body.put("sessions", relay == null ? List.of() : relay.sessions());
        body.put("cameras", rtsp == null ? List.of() : rtsp.stats());
        ex.send(200, body);
    }
}
