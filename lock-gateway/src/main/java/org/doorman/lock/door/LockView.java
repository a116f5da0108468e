package org.doorman.lock.door;

import java.time.Instant;
import org.doorman.lock.state.LockStatus;

/**
 * A lock as `doorman doors` shows it.
 *
 * @param lastOpened when it last opened, null if never since start
 * @param heldOpen   its unlock period is over but Check Door Signal Before Lock keeps it open while the door is
 */
public record LockView(int lock, String driver, String description, LockStatus status, Instant since,
                       Instant lastOpened, boolean heldOpen, int unlockPeriodSeconds, int respondingIntervalSeconds) {
}
