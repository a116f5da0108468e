package org.doorman.lock.unlock;

/** Who or what asked for an unlock; the unlock log's "method". */
public enum UnlockSource {
    /** An unlock command typed on a monitor or phone in a call with the door station. */
    DTMF,
    /** A card presented at the door station's reader. */
    CARD,
    /** An operator: `doorman unlock`. */
    OPERATOR,
    /** Another program through the management API. */
    API,
    /** A device asking by itself, e.g. a monitor's unlock button (SIP side). */
    DEVICE,
    /** A successful clock event at the door (card or PIN): the attendance setting Keep Door Open for N s. */
    ATTENDANCE,
    /**
     * The door station opened (or refused) its own lock — its card reader, keypad password, exit button or a
     * remote command — and reported it by MESSAGE; doorman only logs it.
     */
    DOOR_STATION
}
