package org.doorman.lock.state;

/** Before the contact's first reading. */
public final class DoorUnknown implements DoorState {
    public static final DoorUnknown INSTANCE = new DoorUnknown();

    private DoorUnknown() {
    }

    @Override
    public DoorStatus status() {
        return DoorStatus.UNKNOWN;
    }

    @Override
    public DoorState opened() {
        return DoorOpen.INSTANCE;
    }

    @Override
    public DoorState closed() {
        return DoorClosed.INSTANCE;
    }
}
