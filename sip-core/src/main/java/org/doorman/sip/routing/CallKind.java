package org.doorman.sip.routing;

/** What a dialled number reached: the proxy logs it, and forwarding to the centre applies to ROOM only. */
public enum CallKind {
    /** A household by its room number (or ROOM#0): the main monitor, and its extensions under group call. */
    ROOM,
    /** One extension dialled explicitly, e.g. 9901#2 or #2 from inside the room. */
    EXTENSION,
    /** The Center Call No. (sip.centre-number): every management centre (VTS). */
    CENTRE,
    /** A door station (VTO) by its number: a door-to-door call, or a monitor watching the door. */
    DOOR_STATION,
    /** One management centre (VTS) by its own number. */
    GUARD_STATION,
    /** An IP camera (IPC) that takes SIP calls. */
    CAMERA
}
