package org.doorman.lock.state;

/** The door stands open, for less than the check duration so far. */
public final class DoorOpen implements DoorState {
    public static final DoorOpen INSTANCE = new DoorOpen();

    private DoorOpen() {
    }

    @Override
    public DoorStatus status() {
        return DoorStatus.OPEN;
    }

    @Override
    public DoorState closed() {
        return DoorClosed.INSTANCE;
    }

    @Override
    public DoorState checkDurationElapsed() {
        return DoorOpenTooLong.INSTANCE;
    }
}
