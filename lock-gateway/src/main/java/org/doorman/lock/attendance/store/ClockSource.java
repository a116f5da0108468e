package org.doorman.lock.attendance.store;

/** How a clock event reached doorman. */
public enum ClockSource {
    /** A card swiped at a reader (seed 2.14). */
    CARD,
    /** User ID and PIN typed at a keypad (seed 2.14). */
    PIN,
    /** A door unlock tied to a person, reported by the door side. */
    DOOR,
    /** Entered by an operator, e.g. a forgotten punch filled in later. */
    OPERATOR
}
