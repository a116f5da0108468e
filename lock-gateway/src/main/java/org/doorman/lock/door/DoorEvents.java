package org.doorman.lock.door;

import java.time.Instant;
import org.doorman.lock.state.DoorStatus;

/**
 * Door state changes of door stations whose sensor is enabled ("Synchronize door sensor status to indoor
 * monitors", seed 4.3.1). The SIP side plugs in here and tells the monitors. Called on the sensor's
 * thread, in order per door: an implementation must be thread-safe and return quickly.
 */
@FunctionalInterface
public interface DoorEvents {
    DoorEvents NONE = (door, status, at) -> { };

    /** @param status CLOSED, OPEN, OPEN_TOO_LONG or FORCED */
    void doorChanged(String vtoNumber, DoorStatus status, Instant at);
}
