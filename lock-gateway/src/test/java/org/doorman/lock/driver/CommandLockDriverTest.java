package org.doorman.lock.driver;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command driver: the exit code decides; a program that hangs is killed at the timeout. */
class CommandLockDriverTest {

    @Test
    void exitCodeZeroOpens() {
        assertDoesNotThrow(() -> new CommandLockDriver(List.of("/bin/true"), List.of("/bin/true"), 5000).unlock());
    }

    @Test
    void anotherExitCodeFails() {
        DriverException e = assertThrows(DriverException.class,
                () -> new CommandLockDriver(List.of("/bin/false"), List.of(), 5000).unlock());
        assertTrue(e.getMessage().contains("exited with code 1"), e.getMessage());
    }

    @Test
    void withoutARelockCommandLockingDoesNothing() {
        assertDoesNotThrow(() -> new CommandLockDriver(List.of("/bin/false"), List.of(), 5000).lock());
    }

    @Test
    void theRelockCommandRunsOnLock() {
        assertThrows(DriverException.class, () -> new CommandLockDriver(List.of("/bin/true"), List.of("/bin/false"), 5000).lock());
    }

    @Test
    void aProgramThatDoesNotFinishIsKilledAtTheTimeout() {
        DriverException e = assertThrows(DriverException.class,
                () -> new CommandLockDriver(List.of("/bin/sleep", "30"), List.of(), 200).unlock());
        assertTrue(e.getMessage().contains("did not finish within 200 ms"), e.getMessage());
    }

    @Test
    void aMissingProgramFails() {
        DriverException e = assertThrows(DriverException.class,
                () -> new CommandLockDriver(List.of("/no/such/gpioset"), List.of(), 1000).unlock());
        assertTrue(e.getMessage().contains("cannot be started"), e.getMessage());
    }
}
