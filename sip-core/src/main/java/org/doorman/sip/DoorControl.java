package org.doorman.sip;

import java.time.Instant;

/**
 * The port through which the SIP core hands DTMF keys to door control (implemented outside
 * sip-core). sip-core calls it only for a key sent by the answered, authenticated party of a call
 * with a door station, never by the door station itself, and once per keypress.
 */
public interface DoorControl {
    /**
     * @param callId the call's Call-ID (door control keeps one digit buffer per call)
     * @param doorStation the VTO number of the door station in the call
     * @param pressedBy the device number of the party that pressed the key (a monitor or phone)
     * @param key one of 0-9, *, #, A-D
     */
    void dtmf(String callId, String doorStation, String pressedBy, char key, Instant at);

    /** Door control that does nothing, for a server built without doors. */
    DoorControl NONE = (callId, doorStation, pressedBy, key, at) -> { };
}
