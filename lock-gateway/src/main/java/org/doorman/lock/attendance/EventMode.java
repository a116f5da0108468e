package org.doorman.lock.attendance;

/** How a clock event gets its status (seed 2.11.5, Table 2-10). */
public enum EventMode {
    /** The state switch table proposes the status; the person may change it. */
    AUTO_MANUAL,
    /** The person must choose the status for every clock event. */
    FORCED,
    /** Every clock event gets the one configured status. */
    FIXED
}
