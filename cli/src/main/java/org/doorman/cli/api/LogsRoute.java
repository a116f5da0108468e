package org.doorman.cli.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.doorman.sip.alarms.AlarmLogRepository;
import org.doorman.sip.alarms.AlarmRecord;
import org.doorman.sip.calls.CallLogRepository;
import org.doorman.sip.calls.CallRecord;

/**
 * /api/logs/{type}?from=&to=&limit=: one of the logs the VTO manual's Log Management searches, by
 * time range, oldest first. Types: call, alarm (unlock arrives with door control).
 */
public final class LogsRoute implements Route {
    private static final int MAX_LIMIT = 100_000;
    private final CallLogRepository calls;
    private final AlarmLogRepository alarms;
    private final ZoneId zone;

    public LogsRoute(CallLogRepository calls, AlarmLogRepository alarms, ZoneId zone) {
        this.calls = calls;
        this.alarms = alarms;
        this.zone = zone;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        if (!"GET".equals(ex.method())) {
            throw new ApiException(405, null, "use GET");
        }
        Map<String, String> q = ex.query();
        Instant from = TimeBounds.parse("from", q.get("from"), zone);
        Instant to = TimeBounds.parse("to", q.get("to"), zone);
        int limit = limit(q);
        String type = ex.segments() == 2 ? ex.segment(1) : "";
        switch (type) {
            case "call" -> ex.send(200, calls.search(from, to, limit).stream().map(LogsRoute::call).toList());
            case "alarm" -> ex.send(200, alarms.search(from, to, limit).stream().map(LogsRoute::alarm).toList());
            default -> throw new ApiException(404, "type", "no '" + type + "' log: the logs kept are: call, alarm, unlock");
        }
    }

    /** The limit= of a log search: 1 to 100,000 records, all of them when absent. */
    static int limit(Map<String, String> query) {
        String text = query.getOrDefault("limit", Integer.toString(MAX_LIMIT));
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

    /** CALLRECORD as the README documents it. */
    static Map<String, Object> call(CallRecord r) {
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
        m.put("result", r.result().name().toLowerCase(Locale.ROOT));
        return m;
    }

    /** ALARMRECORD as the README documents it. */
    static Map<String, Object> alarm(AlarmRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("time", r.time().toString());
        m.put("device", r.device());
        m.put("kind", r.kind());
        m.put("detail", r.detail());
        return m;
    }
}
