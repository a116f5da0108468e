package org.doorman.lock.attendance.keypad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorman.conf.DoorConfig;
import org.doorman.lock.RefusedException;
import org.junit.jupiter.api.Test;

class KeypadPunchTest {
    private static final DoorConfig CLOCKING = new DoorConfig(null, null, List.of(), null, null, null, null, true);
    private static final DoorConfig NOT_CLOCKING = new DoorConfig(null, null, List.of(), null, null, null, null, null);
    private final List<String> punched = new ArrayList<>();
    private final KeypadPunch keypad = new KeypadPunch(vto -> "8001".equals(vto) ? CLOCKING : NOT_CLOCKING,
            (user, pin, device) -> {
                if (!"4321".equals(pin)) {
                    throw RefusedException.invalid("pin", "wrong PIN for user " + user);
                }
                punched.add(user + "/" + pin + "@" + device);
            });
    private Instant now = Instant.parse("2026-11-02T08:00:00Z");

    private void type(String callId, String vto, String keys) {
        for (char k : keys.toCharArray()) {
            now = now.plusMillis(500);
            keypad.key(callId, vto, k, now);
        }
    }

    @Test
    void anEntryAtAClockingDoorStationIsAPinPunchThere() {
        type("c1", "8001", "*7#4321#");
        assertEquals(List.of("7/4321@8001"), punched);
    }

    @Test
    void doorStationsWithoutClockEventsTakeNoPunches() {
        type("c2", "8002", "*7#4321#");
        assertTrue(punched.isEmpty());
        assertEquals(0, keypad.remembered());
    }

    @Test
    void aRefusedPinIsLoggedNotThrownAndTheNextEntryWorks() {
        type("c3", "8001", "*7#1111#");
        type("c3", "8001", "*7#4321#");
        assertEquals(List.of("7/4321@8001"), punched);
    }

    @Test
    void callsKeepSeparateKeys() {
        type("a", "8001", "*7#43");
        type("b", "8001", "*8#");
        type("a", "8001", "21#");
        assertEquals(List.of("7/4321@8001"), punched);
        keypad.callEnded("a");
        keypad.callEnded("b");
        assertEquals(0, keypad.remembered());
    }
}
