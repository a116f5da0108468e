package org.doorman.cli.api;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorman.sip.calls.CallLogRepository;
import org.doorman.sip.calls.CallRecord;
import org.doorman.sip.calls.CallTracker;

/**
 * /api/calls: the calls in progress; /api/logs/call?from=&to=&limit=: the call log, oldest first.
 * (Alarm and unlock logs arrive with door control.)
 */
public final class CallsRoute implements Route {
    private static final int MAX_LIMIT = 100_000;
    private final CallTracker tracker;
    private final CallLogRepository log;
    private final ZoneId zone;

    public CallsRoute(CallTracker tracker, CallLogRepository log, ZoneId zone) {
        this.tracker = tracker;
        this.log = log;
        this.zone = zone;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        if (!"GET".equals(ex.method())) {
            throw new ApiException(405, null, "use GET");
        }
        if ("calls".equals(ex.segment(0))) {
            ex.send(200, tracker.live());
            return;
        }
        String type = ex.segment(1);
        if (!"call".equals(type)) {
            throw new ApiException(404, "type", "no " + type + " log: the logs kept are: call");
        }
        Map<String, String> q = ex.query();
        int limit = parseLimit(q.getOrDefault("limit", Integer.toString(MAX_LIMIT)));
        List<CallRecord> records = log.search(TimeBounds.parse("from", q.get("from"), zone),
                TimeBounds.parse("to", q.get("to"), zone), limit);
        ex.send(200, records.stream().map(CallsRoute::view).toList());
    }

    private static int parseLimit(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ApiException(400, "limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** The call log record as the README documents it. */
    static Map<String, Object> view(CallRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("callId", r.callId());
        m.put("caller", r.caller());
        m.put("callee", r.callee());
        m.put("answeredBy", r.answeredBy());
        m.put("startedAt", r.startedAt().toString());
        m.put("answeredAt", r.answeredAt() == null ? null : r.answeredAt().toString());
        m.put("endedAt", r.endedAt().toString());
        m.put("durationSeconds", r.duration().toSeconds());
        m.put("result", r.result().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }
}
