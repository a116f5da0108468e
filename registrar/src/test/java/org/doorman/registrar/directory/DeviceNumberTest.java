package org.doorman.registrar.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceNumberTest {
    @Test
    void mainMonitorAnswersAsRoomAndRoomHashZero() {
        assertEquals("9901", DeviceNumber.validate(DeviceKind.VTH, "9901"));
        assertEquals("9901", DeviceNumber.validate(DeviceKind.VTH, "9901#0"));
        assertEquals("9901", DeviceNumber.validate(DeviceKind.VTH, "9901%230"));
    }

    @Test
    void extensionArrivesEscapedOnTheWire() {
        assertEquals("9901#1", DeviceNumber.validate(DeviceKind.VTH, "9901%231"));
        assertEquals("9901#9", DeviceNumber.validate(DeviceKind.VTH, "9901#9"));
        assertEquals("9901%231", DeviceNumber.escaped("9901#1"));
    }

    @Test
    void roomOfAnExtension() {
        assertEquals(Optional.of("9901"), DeviceNumber.roomOf("9901#3"));
        assertEquals(Optional.empty(), DeviceNumber.roomOf("9901"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "99a1", "9901#10", "9901#", "#1", "9901 1", "9901#1#1"})
    void badRoomNumbersAreRefusedNamingTheField(String raw) {
        DirectoryException e = assertThrows(DirectoryException.class, () -> DeviceNumber.validate(DeviceKind.VTH, raw));
        assertEquals("number", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "80a1", "8001#1", "-1"})
    void badDoorStationNumbersAreRefused(String raw) {
        assertThrows(DirectoryException.class, () -> DeviceNumber.validate(DeviceKind.VTO, raw));
    }

    @Test
    void nineDigitsIsTheLongestDoorStationNumber() {
        assertEquals("123456789", DeviceNumber.validate(DeviceKind.VTO, "123456789"));
    }
}
