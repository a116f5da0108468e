package org.doorman.lock.state;

/**
 * A door's state as its contact reports it (DESIGN rule 3: one class per state; an event the state
 * does not take throws IllegalStateException):
 * <pre>
 * Unknown --opened--> Open, Unknown --closed--> Closed
 * Closed --opened--> Open --closed--> Closed
 * Open --checkDurationElapsed--> OpenTooLong (alarm) --closed--> Closed
 * Closed --forcedOpen--> Forced (alarm) --closed--> Closed
 * Forced --checkDurationElapsed--> OpenTooLong (alarm)
 * </pre>
 */
public interface DoorState {

    DoorStatus status();

    default DoorState opened() {
        throw illegal("opened");
    }

    /** The contact says open while every lock of the door is locked: the door was forced. */
    default DoorState forcedOpen() {
        throw illegal("forcedOpen");
    }

    default DoorState closed() {
        throw illegal("closed");
    }

    /** The Door Sensor Check Duration passed with the door open. */
    default DoorState checkDurationElapsed() {
        throw illegal("checkDurationElapsed");
    }

    private IllegalStateException illegal(String event) {
        return new IllegalStateException("a door that is " + status() + " cannot take " + event);
    }
}
