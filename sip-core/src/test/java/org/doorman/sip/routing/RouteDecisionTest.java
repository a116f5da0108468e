package org.doorman.sip.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.doorman.sip.routing.RouteDecision.Refuse;
import org.doorman.sip.routing.RouteDecision.Ring;
import org.junit.jupiter.api.Test;

class RouteDecisionTest {
    @Test
    void ringNeedsADevice() {
        assertThrows(IllegalArgumentException.class, () -> new Ring(List.of(), CallKind.ROOM, List.of()));
        assertThrows(NullPointerException.class, () -> new Ring(List.of("9901"), null, List.of()));
    }

    @Test
    void ringKeepsItsOwnCopyOfTheLists() {
        List<String> devices = new ArrayList<>(List.of("9901"));
        Ring ring = new Ring(devices, CallKind.ROOM, List.of());
        devices.add("9901#1");
        assertEquals(List.of("9901"), ring.deviceNumbers());
        assertThrows(UnsupportedOperationException.class, () -> ring.deviceNumbers().add("x"));
    }

    @Test
    void refusalIsAFinalErrorStatusWithAPhrase() {
        assertThrows(IllegalArgumentException.class, () -> new Refuse(200, "OK"));
        assertThrows(IllegalArgumentException.class, () -> new Refuse(399, "Moved"));
        assertThrows(IllegalArgumentException.class, () -> new Refuse(700, "Too High"));
        assertThrows(IllegalArgumentException.class, () -> new Refuse(404, " "));
        assertThrows(IllegalArgumentException.class, () -> new Refuse(404, null));
        assertEquals(699, new Refuse(699, "Custom").sipStatus());
    }

    @Test
    void refusalPhrasesAreValidSipReasonPhrases() throws Exception {
        for (var field : Refusals.class.getFields()) {
            Refuse r = (Refuse) field.get(null);
            assertEquals(true, r.reasonPhrase().matches("[\\x20-\\x7E]+"), field.getName() + ": " + r);
        }
    }
}
