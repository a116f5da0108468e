package org.doorman.lock.state;

/**
 * A door's state as its contact reports it (DESIGN rule 3: one class per state; an event the state
 * does not take throws IllegalStateException):
 * <pre>
 * Unknown --opened--> Open, Unknown --closed--> Closed
 * Closed --opened--> Open --closed--> Closed
 * Open --checkDurationElapsed--> OpenTooLong (alarm) --closed--> Closed
 * </pre>
 */
public interface DoorState {

    DoorStatus status();

    default DoorState opened() {
        throw illegal("opened");
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
