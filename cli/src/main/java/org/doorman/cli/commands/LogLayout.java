package org.doorman.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;

/** How `doorman logs` prints one type of log: CSV fields, and table headings with a row per record. */
record LogLayout(List<String> csvFields, List<String> headings, Function<JsonNode, List<String>> row) {
    /** The table shows the start of long details; --json and --csv give them whole. */
    private static final int TABLE_DETAIL = 80;

    static final LogLayout CALL = new LogLayout(
            List.of("startedAt", "caller", "callee", "answeredBy", "answeredAt", "endedAt", "durationSeconds",
                    "result", "callId"),
            List.of("STARTED", "CALLER", "CALLED", "ANSWERED BY", "TALK", "RESULT"),
            r -> List.of(r.path("startedAt").asText(), r.path("caller").asText(), r.path("callee").asText(),
                    r.path("answeredBy").isNull() ? "" : r.path("answeredBy").asText(),
                    r.path("durationSeconds").asText() + "s", r.path("result").asText()));

    static final LogLayout ALARM = new LogLayout(
            List.of("time", "device", "kind", "detail", "id"),
            List.of("TIME", "DEVICE", "KIND", "DETAIL"),
            r -> List.of(r.path("time").asText(), r.path("device").asText(), r.path("kind").asText(),
                    shorten(r.path("detail").asText())));

    static final LogLayout UNLOCK = new LogLayout(
            List.of("at", "door", "lock", "method", "who", "result", "detail"),
            List.of("TIME", "DOOR", "LOCK", "METHOD", "WHO", "RESULT", "DETAIL"),
            r -> List.of(r.path("at").asText(), r.path("door").asText(), r.path("lock").asText(),
                    r.path("method").asText(), r.path("who").asText(), r.path("result").asText(),
                    shorten(r.path("detail").asText())));

    private static String shorten(String s) {
        return s.length() <= TABLE_DETAIL ? s : s.substring(0, TABLE_DETAIL - 1) + "…";
    }

    /** The layout of a log type; types the server does not keep get the call layout and its refusal. */
    static LogLayout of(String type) {
        return switch (type) {
            case "alarm" -> ALARM;
            case "unlock" -> UNLOCK;
            default -> CALL;
        };
    }
}
