package org.doorman.sip.alarms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Door stations' unlock events told apart from alarms, read, or refused with a reason. */
class UnlockEventBodyTest {
    private static UnlockEventBody.Reading read(String body) {
        return UnlockEventBody.read(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCardOpeningIsRead() {
        UnlockEventBody.Reading r = read("{\"Event\":\"Unlock\",\"Lock\":2,\"Method\":\"Card\",\"Who\":\"1A2B\","
                + "\"Result\":\"Opened\"}");
        assertTrue(r.unlockEvent() && r.readable(), String.valueOf(r.problem()));
        assertEquals(new UnlockEvent(2, "card", "1A2B", true, ""), r.event());
        assertEquals("card 1A2B", r.event().methodAndWho());
    }

    @Test
    void fieldNamesAndWordsInAnyCaseAndALockGivenAsText() {
        UnlockEventBody.Reading r = read("{\"event\":\"UNLOCK\",\"lock\":\"1\",\"method\":\"button\","
                + "\"result\":\"opened\"}");
        assertEquals(new UnlockEvent(1, "button", "", true, ""), r.event());
        assertEquals("button", r.event().methodAndWho());
    }

    @Test
    void aRefusalKeepsItsReason() {
        UnlockEventBody.Reading r = read("{\"Event\":\"Unlock\",\"Lock\":1,\"Method\":\"Password\",\"Who\":\"9901\","
                + "\"Result\":\"Refused\",\"Reason\":\"wrong\\npassword\"}");
        assertEquals(new UnlockEvent(1, "password", "9901", false, "wrong password"), r.event());
    }

    @Test
    void alarmsTextAndBrokenJsonAreNotUnlockEvents() {
        for (String body : new String[] {"{\"Code\":\"AlarmLocal\",\"Data\":{\"SenseMethod\":\"DoorMagnetism\"}}",
                "Door 1 opened", "{\"Event\":\"Unlock\"", "[{\"Event\":\"Unlock\"}]", "",
                "{\"Data\":{\"Event\":\"Unlock\"}}"}) {
            assertFalse(read(body).unlockEvent(), body);
        }
        assertFalse(UnlockEventBody.read(null).unlockEvent());
    }

    @Test
    void anUnlockEventThatCannotBeReadSaysWhy() {
        assertProblem("{\"Event\":\"Unlock\",\"Lock\":3,\"Method\":\"Card\",\"Result\":\"Opened\"}", "Lock Must Be 1 Or 2");
        assertProblem("{\"Event\":\"Unlock\",\"Method\":\"Card\",\"Result\":\"Opened\"}", "Lock Must Be 1 Or 2");
        assertProblem("{\"Event\":\"Unlock\",\"Lock\":1,\"Method\":\"Face\",\"Result\":\"Opened\"}",
                "Method Must Be Card, Password, Button Or Remote");
        assertProblem("{\"Event\":\"Unlock\",\"Lock\":1,\"Method\":\"Card\"}", "Result Must Be Opened Or Refused");
        assertProblem("{\"Event\":\"Unlock\",\"Lock\":1,\"Method\":\"Card\",\"Result\":\"Opened\",\"Who\":\""
                + "x".repeat(65) + "\"}", "Who Longer Than 64 Characters");
    }

    private static void assertProblem(String body, String problem) {
        UnlockEventBody.Reading r = read(body);
        assertTrue(r.unlockEvent(), body);
        assertFalse(r.readable(), body);
        assertTrue(r.problem().endsWith(problem), r.problem());
    }
}
