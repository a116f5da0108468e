package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks one record of the unlock log as the API answers it (docs/doors.md, "unlock log record"). */
final class UnlockLogAssertions {
    private UnlockLogAssertions() {}

    static void assertUnlock(JsonNode entry, String door, int lock, String method, String who, String result) {
        String all = entry.toString();
        assertEquals(door, entry.path("door").asText(), all);
        assertEquals(lock, entry.path("lock").asInt(), all);
        assertEquals(method, entry.path("method").asText(), all);
        assertEquals(who, entry.path("who").asText(), all);
        assertEquals(result, entry.path("result").asText(), all);
    }
}
