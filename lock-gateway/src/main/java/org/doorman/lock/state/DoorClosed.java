package org.doorman.lock.state;

/** The contact says the door is shut. */
public final class DoorClosed implements DoorState {
    public static final DoorClosed INSTANCE = new DoorClosed();

    private DoorClosed() {
    }

    @Override
    public DoorStatus status() {
        return DoorStatus.CLOSED;
    }

    @Override
    public DoorState opened() {
        return DoorOpen.INSTANCE;
    }

    @Override
    public DoorState forcedOpen() {
        return DoorForced.INSTANCE;
    }
}
