package org.doorman.sip.routing;

import org.doorman.sip.routing.RouteDecision.Refuse;

/** The refusals call routing gives; phrases use the VTO manual's words where it has them. */
public final class Refusals {
    private Refusals() {}

    /** No such number, a malformed one, or a relative number (#N) from a device that is not in a room. */
    public static final Refuse NOT_FOUND = new Refuse(404, "Not Found");
    /** A building#unit#room number that matches more than one room: never ring the wrong household. */
    public static final Refuse AMBIGUOUS = new Refuse(404, "Ambiguous Number");
    /**
     * The server's own VTO entry: listed in the directory, but nothing behind it can answer. 403 rather
     * than 404, because the number does exist (every VTO list shows it) and "Not Found" would send the
     * installer looking for a missing entry; 403 also tells the device not to retry.
     */
    public static final Refuse SERVER_NUMBER = new Refuse(403, "Server Number Cannot Be Called");
    /** The caller's number is not (or no longer) in the directory. */
    public static final Refuse UNKNOWN_CALLER = new Refuse(403, "Caller Not In Directory");
    /**
     * The caller dialled itself, or nothing but itself is behind the number (a lone VTS dialling the
     * centre). 486 rather than 482: 482 Loop Detected is the proxy's Via loop check and would mislead
     * whoever reads the logs, while a person who dials their own number expects to hear busy.
     */
    public static final Refuse OWN_NUMBER = new Refuse(486, "Cannot Call Own Number");
    /** The centre number was dialled but the directory has no VTS. */
    public static final Refuse NO_CENTRE = new Refuse(480, "No Management Center Set Up");
    /** The centre number was dialled outside sip.calling-centre-period. */
    public static final Refuse OUTSIDE_CENTRE_PERIOD = new Refuse(480, "Outside Calling Center Period");
    /** A door station called outside its doors.N.call-periods. */
    public static final Refuse OUTSIDE_CALL_PERIOD = new Refuse(480, "Outside Call Period");
}
