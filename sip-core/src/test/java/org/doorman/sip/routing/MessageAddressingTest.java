package org.doorman.sip.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which MESSAGEs the server keeps for itself (alarms) and which it relays to devices. */
class MessageAddressingTest {
    private final TestDirectory withCentre = new TestDirectory().server("8000").vto("8001").room("9901").vts("9100");
    private final TestDirectory noCentre = new TestDirectory().server("8000").vto("8001").room("9901");

    @Test
    void noUserPartOrTheServerNumberIsForTheServerWhateverTheBody() {
        MessageAddressing a = new MessageAddressing("8000", "888888", withCentre);
        assertTrue(a.forServer(null, false));
        assertTrue(a.forServer("", true));
        assertTrue(a.forServer("8000", false));
        assertTrue(a.forServer("8000", true));
    }

    @Test
    void aJsonAlarmToTheCentreNumberIsRecordedByTheServerEvenWithACentre() {
        assertTrue(new MessageAddressing("8000", "888888", withCentre).forServer("888888", true));
    }

    @Test
    void textToTheCentreNumberIsRelayedToTheGuardsWhenThereAreAny() {
        assertFalse(new MessageAddressing("8000", "888888", withCentre).forServer("888888", false));
    }

    @Test
    void withoutAnyCentreEverythingToTheCentreNumberIsRecordedNotRefused() {
        MessageAddressing a = new MessageAddressing("8000", "888888", noCentre);
        assertTrue(a.forServer("888888", false));
        assertTrue(a.forServer("888888", true));
    }

    @Test
    void devicesAndRoomsAreRelayedEvenWithAJsonBody() {
        MessageAddressing a = new MessageAddressing("8000", "888888", noCentre);
        assertFalse(a.forServer("9901", true));
        assertFalse(a.forServer("9901%231", false));
        assertFalse(a.forServer("8001", false));
        assertFalse(a.forServer("9100", true));
        assertFalse(a.forServer("12345", false), "an unknown number is relayed, and refused there with 404");
    }
}
