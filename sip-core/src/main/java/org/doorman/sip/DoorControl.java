package org.doorman.sip;

import java.time.Instant;
import org.doorman.sip.alarms.UnlockEvent;

/**
 * The port through which the SIP core hands DTMF keys to door control (implemented outside
 * sip-core), once per keypress, and only for a key sent by a party doorman authenticated (or
 * reached through its registration), from the address that party uses. A key sent by the
 * answered party of a call with a door station goes to {@link #dtmf} (it may unlock); a key typed
 * at a door station itself goes to {@link #keypad} (attendance PIN punches; it never unlocks). A door
 * station's report that it opened its own lock goes to {@link #doorStationUnlocked} (the unlock log).
 */
public interface DoorControl {
    /**
     * @param callId the call's Call-ID (door control keeps one digit buffer per call)
     * @param doorStation the VTO number of the door station in the call
     * @param pressedBy the device number of the party that pressed the key (a monitor or phone)
     * @param key one of 0-9, *, #, A-D
     */
    void dtmf(String callId, String doorStation, String pressedBy, char key, Instant at);

    /**
     * A key typed at a door station's own keypad during a call it is in (sent on the door station's
     * own leg). Must never unlock: door control may only use it for clock events (docs/attendance.md).
     *
     * @param callId the call's Call-ID (door control keeps one key buffer per call)
     * @param doorStation the VTO number of the door station that sent the key
     * @param key one of 0-9, *, #, A-D
     */
    default void keypad(String callId, String doorStation, char key, Instant at) {
    }

    /**
     * A registered door station reported by MESSAGE that it opened (or refused to open) one of its own
     * locks. Called on a SIP thread once the report is known to come from that door station; returns once
     * the report is stored (the door station is answered 200 then), and throws if it could not be.
     */
    default void doorStationUnlocked(String doorStation, UnlockEvent event, Instant at) {
    }

    /** Door control that does nothing, for a server built without doors. */
    DoorControl NONE = (callId, doorStation, pressedBy, key, at) -> { };
}
