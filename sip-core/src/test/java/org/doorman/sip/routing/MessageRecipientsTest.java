package org.doorman.sip.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.doorman.registrar.directory.DirectoryException;
import org.doorman.sip.routing.MessageRecipients.Audience;
import org.junit.jupiter.api.Test;

/** Who `doorman message --to / --room / --all` reaches. */
class MessageRecipientsTest {
    private final TestDirectory directory = new TestDirectory().server("8000").vto("8002", "8001")
            .room("9901", "9901#2", "9901#1", "101", "9902").vts("9100").ipc("7001");
    private final MessageRecipients recipients = new MessageRecipients(directory);

    @Test
    void oneDeviceByItsNumberAsTypedOrAsOnTheWire() {
        assertEquals(List.of("9901#1"), recipients.of(new Audience.Device("9901#1")));
        assertEquals(List.of("9901#1"), recipients.of(new Audience.Device("9901%231")));
        assertEquals(List.of("9901"), recipients.of(new Audience.Device("9901#0")), "#0 is the main monitor only");
        assertEquals(List.of("8001"), recipients.of(new Audience.Device("8001")));
    }

    @Test
    void aRoomIsItsMainMonitorThenEveryExtensionInOrder() {
        assertEquals(List.of("9901", "9901#1", "9901#2"), recipients.of(new Audience.Room("9901")));
        assertEquals(List.of("9902"), recipients.of(new Audience.Room("9902")));
    }

    @Test
    void everyoneIsDoorStationsMonitorsAndCentresButNotCamerasOrTheServer() {
        assertEquals(List.of("8001", "8002", "101", "9901", "9901#1", "9901#2", "9902", "9100"),
                recipients.of(new Audience.Everyone()));
    }

    @Test
    void unknownNumbersAreNotFoundNamingTheField() {
        DirectoryException to = assertThrows(DirectoryException.class, () -> recipients.of(new Audience.Device("555")));
        assertEquals(DirectoryException.Reason.NOT_FOUND, to.reason());
        assertEquals("to", to.field());
        DirectoryException room = assertThrows(DirectoryException.class, () -> recipients.of(new Audience.Room("8001")));
        assertEquals(DirectoryException.Reason.NOT_FOUND, room.reason());
        assertEquals("room", room.field());
    }

    @Test
    void theServerItselfAndExtensionsAsRoomsAreRefused() {
        DirectoryException self = assertThrows(DirectoryException.class, () -> recipients.of(new Audience.Device("8000")));
        assertEquals(DirectoryException.Reason.INVALID, self.reason());
        DirectoryException ext = assertThrows(DirectoryException.class, () -> recipients.of(new Audience.Room("9901#1")));
        assertEquals(DirectoryException.Reason.INVALID, ext.reason());
        assertEquals("room", ext.field());
    }
}
