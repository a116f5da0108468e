package org.doorman.lock.state;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** One test per door transition (DESIGN rule 3), and every event a state does not take. */
class DoorStateTest {

    @Test
    void unknownOpenedIsOpen() {
        assertSame(DoorOpen.INSTANCE, DoorUnknown.INSTANCE.opened());
    }

    @Test
    void unknownClosedIsClosed() {
        assertSame(DoorClosed.INSTANCE, DoorUnknown.INSTANCE.closed());
    }

    @Test
    void closedOpenedIsOpen() {
        assertSame(DoorOpen.INSTANCE, DoorClosed.INSTANCE.opened());
    }

    @Test
    void openClosedIsClosed() {
        assertSame(DoorClosed.INSTANCE, DoorOpen.INSTANCE.closed());
    }

    @Test
    void openPastTheCheckDurationIsOpenTooLong() {
        assertSame(DoorOpenTooLong.INSTANCE, DoorOpen.INSTANCE.checkDurationElapsed());
    }

    @Test
    void openTooLongClosedIsClosed() {
        assertSame(DoorClosed.INSTANCE, DoorOpenTooLong.INSTANCE.closed());
    }

    @Test
    void closedForcedOpenIsForced() {
        assertSame(DoorForced.INSTANCE, DoorClosed.INSTANCE.forcedOpen());
    }

    @Test
    void forcedClosedIsClosed() {
        assertSame(DoorClosed.INSTANCE, DoorForced.INSTANCE.closed());
    }

    @Test
    void forcedPastTheCheckDurationIsOpenTooLong() {
        assertSame(DoorOpenTooLong.INSTANCE, DoorForced.INSTANCE.checkDurationElapsed());
    }

    @Test
    void everyOtherEventIsIllegal() {
        // Unknown cannot be forced: a door already open at the first reading may have been opened legitimately.
        illegal(DoorUnknown.INSTANCE, DoorState::checkDurationElapsed, DoorState::forcedOpen);
        illegal(DoorClosed.INSTANCE, DoorState::closed, DoorState::checkDurationElapsed);
        illegal(DoorOpen.INSTANCE, DoorState::opened, DoorState::forcedOpen);
        illegal(DoorOpenTooLong.INSTANCE, DoorState::opened, DoorState::checkDurationElapsed, DoorState::forcedOpen);
        illegal(DoorForced.INSTANCE, DoorState::opened, DoorState::forcedOpen);
    }

    @SafeVarargs
    private static void illegal(DoorState state, UnaryOperator<DoorState>... events) {
        for (UnaryOperator<DoorState> event : events) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> event.apply(state));
            assertTrue(e.getMessage().contains(state.status().name()), e.getMessage());
        }
    }
}
