package org.doorman.sip.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.doorman.conf.ConfigLoader;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.sip.routing.RouteDecision.Ring;
import org.junit.jupiter.api.Test;

/** sip.forward-to-centre-after: which calls qualify for forwarding to the centre, and when. */
class CentreForwardingTest {
    private static final Ring ROOM_CALL = new Ring(List.of("9901", "9901#1"), CallKind.ROOM, List.of());

    @Test
    void onlyRoomCallsAreEligible() {
        for (CallKind kind : CallKind.values()) {
            assertEquals(kind == CallKind.ROOM, CentreForwarding.eligible(kind), kind.name());
        }
    }

    @Test
    void doorStationCallToARoomIsForwardedAfterTheConfiguredDelay() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), new CentreForwarding(30).delayFor(DeviceKind.VTO, ROOM_CALL));
    }

    @Test
    void zeroTurnsForwardingOff() {
        assertEquals(Optional.empty(), new CentreForwarding(0).delayFor(DeviceKind.VTO, ROOM_CALL));
    }

    @Test
    void defaultConfigurationDoesNotForward() {
        int after = new ConfigLoader().defaults().sip().forwardToCentreAfter();
        assertEquals(Optional.empty(), new CentreForwarding(after).delayFor(DeviceKind.VTO, ROOM_CALL));
    }

    @Test
    void configuredKeyIsUsed() {
        int after = new ConfigLoader().load(null, List.of("sip.forward-to-centre-after=45")).sip().forwardToCentreAfter();
        assertEquals(Optional.of(Duration.ofSeconds(45)), new CentreForwarding(after).delayFor(DeviceKind.VTO, ROOM_CALL));
    }

    @Test
    void roomCallsFromAnythingButADoorStationAreNotForwarded() {
        for (DeviceKind caller : EnumSet.complementOf(EnumSet.of(DeviceKind.VTO))) {
            assertEquals(Optional.empty(), new CentreForwarding(30).delayFor(caller, ROOM_CALL), caller.name());
        }
    }

    @Test
    void otherCallKindsFromADoorStationAreNotForwarded() {
        for (CallKind kind : EnumSet.complementOf(EnumSet.of(CallKind.ROOM))) {
            Ring ring = new Ring(List.of("1"), kind, List.of());
            assertEquals(Optional.empty(), new CentreForwarding(30).delayFor(DeviceKind.VTO, ring), kind.name());
        }
    }

    @Test
    void negativeDelayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CentreForwarding(-1));
    }
}
