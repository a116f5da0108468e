package org.doorman.lock.door;

import java.time.Instant;
import java.util.List;
import org.doorman.lock.state.DoorStatus;

/**
 * A door station's door as `doorman doors` shows it.
 *
 * @param sensor      whether a door contact is read (doors.N.sensor.enable)
 * @param door        what the contact says; UNKNOWN without a contact
 * @param doorSince   since when, null without a contact
 * @param simulated   whether lock 1 is the simulator, whose door the API can open and close
 */
public record DoorView(String vto, boolean sensor, DoorStatus door, Instant doorSince, boolean simulated,
                      List<LockView> locks) {
}
