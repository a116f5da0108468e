package org.doorman.cli.api;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doorman.lock.log.UnlockLog;

/**
 * GET /api/logs/unlock?from=&to=&limit=: the unlock log, oldest first. Wraps the /api/logs route that was
 * there before (the call log) and passes every other log type on to it.
 */
public final class UnlockLogRoute implements Route {
    private final UnlockLog log;
    private final ZoneId zone;
    private final Route otherLogs;

    public UnlockLogRoute(UnlockLog log, ZoneId zone, Route otherLogs) {
        this.log = log;
        this.zone = zone;
        this.otherLogs = otherLogs;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        if (!"unlock".equals(ex.segment(1))) {
            otherLogs.serve(ex);
            return;
        }
        if (!"GET".equals(ex.method())) {
            throw new ApiException(405, null, "use GET");
        }
        Map<String, String> q = ex.query();
        int limit = LogsRoute.limit(q);
        ex.send(200, log.search(TimeBounds.parse("from", q.get("from"), zone), TimeBounds.parse("to", q.get("to"), zone),
                limit).stream().map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", e.id());
                    m.putAll(DoorsRoute.result(e.result()));
                    m.remove("opened");
                    return m;
                }).toList());
    }
}
